/** RSS 2.0 feeds of the news, with the full text of each article. */
import rss from "@astrojs/rss";
import { t } from "../../i18n/it.ts";
import { site } from "../../site.ts";
import { entryHtml } from "./entry-html.ts";
import { absoluteUrl } from "../site/page-meta.ts";
import type { ArticleWithLinks } from "../data/site-types.ts";

export const FEED_SIZE = 50;

/** Text made safe inside XML or HTML markup, quotes included. */
export const escapeMarkup = (text: string) =>
  text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

export interface FeedOptions {
  title: string;
  description: string;
  /** The feed's own address, e.g. `/rss.xml`. */
  selfPath: string;
  /** The page the feed follows, e.g. `/notizie/`. */
  pagePath: string;
  /** Newest first; only the first FEED_SIZE are included. */
  articles: readonly ArticleWithLinks[];
  /** The RSS `<language>`: `it-IT` unless given. */
  language?: string;
}

export async function newsFeed({
  title,
  description,
  selfPath,
  pagePath,
  articles,
  language = "it-IT",
}: FeedOptions) {
  const latest = articles.slice(0, FEED_SIZE);
  const lastChange = latest
    .map((article) => article.entry.data.updatedDate ?? article.pubDate)
    .reduce<Date | undefined>(
      (newest, date) => (newest && newest > date ? newest : date),
      undefined,
    );
  return rss({
    title,
    description,
    site: absoluteUrl(pagePath),
    xmlns: {
      atom: "http://www.w3.org/2005/Atom",
      dc: "http://purl.org/dc/elements/1.1/",
      content: "http://purl.org/rss/1.0/modules/content/",
    },
    customData: [
      `<language>${language}</language>`,
      lastChange && `<lastBuildDate>${lastChange.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${absoluteUrl(selfPath)}" rel="self" type="application/rss+xml"/>`,
    ]
      .filter(Boolean)
      .join(""),
    items: await Promise.all(
      latest.map(async (article) => ({
        title: article.entry.data.title,
        link: absoluteUrl(article.path),
        pubDate: article.pubDate,
        description: article.entry.data.description,
        content: await entryHtml(article.entry, article.path),
        categories: article.tags.map((tag) => tag.label),
        customData: `<dc:creator>${escapeMarkup(article.entry.data.author ?? site.defaultAuthor)}</dc:creator>`,
      })),
    ),
    trailingSlash: true,
    stylesheet: false,
  });
}

export const mainFeedTitle = `${site.name}: ${t.newsTitle}`;
