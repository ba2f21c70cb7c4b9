/**
 * The newsletter's issues as the site shows and sends them: each with the articles and events
 * it presents, checked once per build. Site data calls this once.
 */
import path from "node:path";
import type { CollectionEntry } from "astro:content";
import { editorMessage } from "../../i18n/editor-messages.ts";
import { routes } from "../../routes.ts";
import { contentProblem, type ContentProblem } from "../data/content-errors.ts";
import { fileOf } from "../data/entry-file.ts";
import { isVisible, publicationStatus, type PublicationStatus } from "../data/publishing.ts";
import { issueNumberOf, issueStatus, presentedItemProblems, suggestedIssueFile } from "./issues.ts";

export type NewsletterEntry = CollectionEntry<"newsletter">;

/** What an issue needs of an article or an event it presents. */
export interface Presentable {
  id: string;
  status: PublicationStatus;
}

export interface NewsletterIssue<Article, Event> {
  number: number;
  entry: NewsletterEntry;
  /** Its page in the archive, and the message's two parts beside it. */
  path: string;
  emailPath: string;
  textPath: string;
  status: PublicationStatus;
  articles: Article[];
  events: Event[];
}

interface IssueSources<Article, Event> {
  entries: readonly NewsletterEntry[];
  /** Every article and event of the build, drafts and scheduled ones included, by id. */
  articleStatus: ReadonlyMap<string, Presentable & { pubDate: Date }>;
  eventStatus: ReadonlyMap<string, Presentable>;
  /** The articles and events the build shows, by id. */
  shownArticles: ReadonlyMap<string, Article>;
  shownEvents: ReadonlyMap<string, Event>;
  now: Date;
  preview: boolean;
}

/** The issues the build shows, newest first, and what is wrong with any of them. */
export function newsletterIssues<Article, Event>({
  entries,
  articleStatus,
  eventStatus,
  shownArticles,
  shownEvents,
  now,
  preview,
}: IssueSources<Article, Event>): {
  issues: NewsletterIssue<Article, Event>[];
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const issues: NewsletterIssue<Article, Event>[] = [];
  for (const entry of entries) {
    const file = fileOf(entry);
    const number = issueNumberOf(entry.id);
    if (number === undefined) {
      const suggestion = path.join(
        path.dirname(file),
        suggestedIssueFile(entry.id, path.extname(file)),
      );
      const message = editorMessage("NewsletterNumberInvalid", { file, suggestion });
      problems.push(contentProblem({ file, field: "(nome del file)" }, message));
      continue;
    }
    const { data } = entry;
    const articles = data.articles.map((ref) => articleStatus.get(ref.id));
    const events = data.events.map((ref) => eventStatus.get(ref.id));
    const ownStatus = publicationStatus(data, now);
    // A draft issue may wait for its articles to be finished; it is checked once it is not.
    if (ownStatus !== "draft") {
      for (const problem of presentedItemProblems(data.pubDate, articles, events)) {
        problems.push(contentProblem({ file, field: problem.field }, problem.message));
      }
    }
    const status = issueStatus(
      ownStatus,
      articles.flatMap((article) => article?.pubDate ?? []),
      now,
    );
    if (!isVisible(status, preview)) continue;
    issues.push({
      number,
      entry,
      path: routes.newsletterIssue(number),
      emailPath: routes.newsletterEmail(number),
      textPath: routes.newsletterText(number),
      status,
      articles: data.articles.flatMap((ref) => shownArticles.get(ref.id) ?? []),
      events: data.events.flatMap((ref) => shownEvents.get(ref.id) ?? []),
    });
  }
  issues.sort((a, b) => b.number - a.number);
  return { issues, problems };
}
