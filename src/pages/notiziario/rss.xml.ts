import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { t } from "../../i18n/it.ts";
import { absoluteUrl } from "../../lib/site/page-meta.ts";
import { issueFeedContent } from "../../lib/newsletter/issue-feed.ts";
import { getSiteData } from "../../lib/data/site-data.ts";
import { routes } from "../../routes.ts";
import { site } from "../../site.ts";

/** Every issue of the newsletter, newest first, each with its introduction and what it presents. */
export const GET: APIRoute = async () => {
  const { newsletter } = await getSiteData();
  return rss({
    title: `${site.name}: ${t.newsletter.feedTitle}`,
    description: t.newsletter.description,
    site: absoluteUrl(routes.newsletter()),
    xmlns: {
      atom: "http://www.w3.org/2005/Atom",
      content: "http://purl.org/rss/1.0/modules/content/",
    },
    customData: `<language>it-IT</language><atom:link href="${absoluteUrl(routes.newsletterFeed())}" rel="self" type="application/rss+xml"/>`,
    items: await Promise.all(
      newsletter.map(async (issue) => ({
        title: issue.entry.data.subject,
        link: absoluteUrl(issue.path),
        pubDate: issue.entry.data.pubDate,
        description: issue.entry.data.preheader,
        content: await issueFeedContent(issue),
      })),
    ),
    trailingSlash: true,
    stylesheet: false,
  });
};
