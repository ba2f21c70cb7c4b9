import { t } from "../../i18n/it.ts";
import { routes } from "../../routes.ts";

export interface FeedLink {
  href: string;
  title: string;
}

export const siteFeed: FeedLink = { href: routes.feed(), title: t.rssFeed };

export const tagFeed = (slug: string, label: string): FeedLink => ({
  href: routes.tagFeed(slug),
  title: t.rssFeedOf(label),
});

export const newsletterFeed: FeedLink = {
  href: routes.newsletterFeed(),
  title: t.newsletter.feed,
};
