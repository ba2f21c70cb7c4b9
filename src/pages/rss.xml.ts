import type { APIRoute } from "astro";
import { t } from "../i18n/it.ts";
import { mainFeedTitle, newsFeed } from "../lib/feed.ts";
import { getSiteData } from "../lib/site-data.ts";

export const GET: APIRoute = async () => {
  const { articles } = await getSiteData();
  return newsFeed({
    title: mainFeedTitle,
    description: t.newsDescription,
    selfPath: "/rss.xml",
    pagePath: "/notizie/",
    articles,
  });
};
