import type { APIRoute } from "astro";
import { t } from "../../i18n/en.ts";
import { newsFeed } from "../../lib/feeds/feed.ts";
import { getSiteData } from "../../lib/data/site-data.ts";
import { enRoutes } from "../../routes.ts";
import { site } from "../../site.ts";

/** The English articles, full text: only those someone translated. */
export const GET: APIRoute = async () => {
  const { english } = await getSiteData();
  return newsFeed({
    title: `${site.name}: ${t.newsTitle}`,
    description: t.newsDescription,
    selfPath: enRoutes.feed(),
    pagePath: enRoutes.news(),
    articles: english.articles,
    language: "en",
  });
};
