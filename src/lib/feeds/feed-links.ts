import { t } from "../../i18n/it.ts";
import { t as en } from "../../i18n/en.ts";
import { enRoutes, routes } from "../../routes.ts";

export interface FeedLink {
  href: string;
  title: string;
  /** The media type a feed reader looks for in the head's `alternate` link. */
  type: "application/rss+xml" | "application/feed+json";
}

const RSS = "application/rss+xml";

export const siteFeed: FeedLink = { href: routes.feed(), title: t.rssFeed, type: RSS };

/** The same news as JSON Feed, announced beside the RSS feed on every page. */
export const siteJsonFeed: FeedLink = {
  href: routes.jsonFeed(),
  title: t.jsonFeed,
  type: "application/feed+json",
};

/** The English articles' feed, which the English pages name in their head. */
export const englishFeed: FeedLink = { href: enRoutes.feed(), title: en.rssFeed, type: RSS };

export const tagFeed = (slug: string, label: string): FeedLink => ({
  href: routes.tagFeed(slug),
  title: t.rssFeedOf(label),
  type: RSS,
});

export const newsletterFeed: FeedLink = {
  href: routes.newsletterFeed(),
  title: t.newsletter.feed,
  type: RSS,
};
