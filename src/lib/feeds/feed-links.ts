import { t } from "../../i18n/it.ts";
import { t as en } from "../../i18n/en.ts";
import { enRoutes, routes } from "../../routes.ts";

export interface FeedLink {
  href: string;
  title: string;
}

export const siteFeed: FeedLink = { href: routes.feed(), title: t.rssFeed };

/** The English articles' feed, which the English pages name in their head. */
export const englishFeed: FeedLink = { href: enRoutes.feed(), title: en.rssFeed };

export const tagFeed = (slug: string, label: string): FeedLink => ({
  href: routes.tagFeed(slug),
  title: t.rssFeedOf(label),
});

export const newsletterFeed: FeedLink = {
  href: routes.newsletterFeed(),
  title: t.newsletter.feed,
};
