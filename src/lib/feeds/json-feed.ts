/**
 * The news as a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), beside the RSS feed and
 * with the same articles and full text: the format programs read without an XML parser.
 */
import { site } from "../../site.ts";
import { absoluteUrl } from "../site/page-meta.ts";
import { entryHtml } from "./entry-html.ts";
import { FEED_SIZE, type FeedOptions } from "./feed.ts";

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";
/** The icon JSON Feed asks for, square and at least 512 pixels. */
const ICON = "/icon-512.png";

export async function jsonFeed({ title, description, selfPath, pagePath, articles }: FeedOptions) {
  const { id, name, url } = site.openDataLicence;
  return {
    version: JSON_FEED_VERSION,
    title,
    home_page_url: absoluteUrl(pagePath),
    feed_url: absoluteUrl(selfPath),
    description,
    icon: absoluteUrl(ICON),
    language: "it-IT",
    authors: [{ name: site.name, url: absoluteUrl("/") }],
    // JSON Feed's extensions start with an underscore: the licence, as in the files under /dati/.
    _licenza: { codice: id, nome: name, indirizzo: url },
    items: await Promise.all(
      articles.slice(0, FEED_SIZE).map(async (article) => {
        const { data } = article.entry;
        return {
          id: absoluteUrl(article.path),
          url: absoluteUrl(article.path),
          title: data.title,
          summary: data.description,
          content_html: await entryHtml(article.entry, article.path),
          date_published: article.pubDate.toISOString(),
          ...(data.updatedDate && { date_modified: data.updatedDate.toISOString() }),
          authors: [{ name: data.author ?? site.defaultAuthor }],
          ...(article.tags.length > 0 && { tags: article.tags.map((tag) => tag.label) }),
        };
      }),
    ),
  };
}
