import { t } from "../../i18n/it.ts";
import { entryHtml } from "../feeds/entry-html.ts";
import { describeWhen } from "../events/event-times.ts";
import { escapeMarkup } from "../feeds/feed.ts";
import { absoluteUrl } from "../site/page-meta.ts";
import type { SiteNewsletterIssue } from "../data/site-types.ts";

const linkedItem = (title: string, path: string, detail: string) =>
  `<li><a href="${absoluteUrl(path)}">${escapeMarkup(title)}</a>: ${escapeMarkup(detail)}</li>`;

/** An issue in a feed reader: its introduction, then its articles and events as links. */
export async function issueFeedContent(issue: SiteNewsletterIssue): Promise<string> {
  const words = t.newsletter;
  const section = (heading: string, items: string[]) =>
    items.length === 0 ? "" : `<h2>${heading}</h2><ul>${items.join("")}</ul>`;
  return [
    await entryHtml(issue.entry, issue.path),
    section(
      words.articles,
      issue.articles.map((article) =>
        linkedItem(article.entry.data.title, article.path, article.entry.data.description),
      ),
    ),
    section(
      words.events,
      issue.events.map((event) => linkedItem(event.title, event.path, describeWhen(event))),
    ),
  ].join("");
}
