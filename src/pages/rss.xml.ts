import type { APIRoute } from "astro";
import { t } from "../i18n/it.ts";
import { mainFeedTitle, newsFeed } from "../lib/feeds/feed.ts";
import { getSiteData } from "../lib/data/site-data.ts";
import { routes } from "../routes.ts";

export const GET: APIRoute = async () => {
  const { articles } = await getSiteData();
  return newsFeed({
    title: mainFeedTitle,
    description: t.newsDescription,
    selfPath: routes.feed(),
    pagePath: routes.news(),
    articles,
  });
};
