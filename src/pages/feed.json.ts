import type { APIRoute } from "astro";
import { t } from "../i18n/it.ts";
import { mainFeedTitle } from "../lib/feeds/feed.ts";
import { siteJsonFeed } from "../lib/feeds/feed-links.ts";
import { jsonFeed } from "../lib/feeds/json-feed.ts";
import { getSiteData } from "../lib/data/site-data.ts";
import { routes } from "../routes.ts";

export const GET: APIRoute = async () => {
  const { articles } = await getSiteData();
  const feed = await jsonFeed({
    title: mainFeedTitle,
    description: t.newsDescription,
    selfPath: siteJsonFeed.href,
    pagePath: routes.news(),
    articles,
  });
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { "Content-Type": `${siteJsonFeed.type}; charset=utf-8` },
  });
};
