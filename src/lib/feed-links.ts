import { t } from "../i18n/it.ts";

export interface FeedLink {
  href: string;
  title: string;
}

export const siteFeed: FeedLink = { href: "/rss.xml", title: t.rssFeed };

export const tagFeed = (slug: string, label: string): FeedLink => ({
  href: `/notizie/tag/${slug}/rss.xml`,
  title: t.rssFeedOf(label),
});
