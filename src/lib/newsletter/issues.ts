/**
 * The newsletter's rules, shared by the build and the content check: an issue is named by its
 * number, presents only what readers can open by its day, and is published once it all is.
 */
import { editorMessage, type EditorMessage } from "../../i18n/editor-messages.ts";
import { toIsoDay } from "../text/dates.ts";
import type { PublicationStatus } from "../data/publishing.ts";

/** A file name that is an issue's number: 1, 2… 12, never 012. */
const ISSUE_NUMBER = /^[1-9]\d*$/;

/** The issue's number, from its id (its file name without extension), if it is one. */
export function issueNumberOf(id: string): number | undefined {
  return ISSUE_NUMBER.test(id) ? Number(id) : undefined;
}

/** The file name an editor should use for an issue: the digits in its name, without zeros before. */
export function suggestedIssueFile(id: string, extension: string): string {
  const digits = id.replace(/\D/g, "").replace(/^0+/, "");
  return `${digits || "1"}${extension}`;
}

/** An article or an event as an issue's check needs it. */
export interface PresentedItem {
  id: string;
  status: PublicationStatus;
  /** An article's publication; events have none. */
  pubDate?: Date | undefined;
}

export interface ItemProblem {
  field: "articles" | "events";
  /** The position in the field's list, for the line it is written on. */
  index: number;
  message: EditorMessage;
}

/**
 * What keeps an issue's articles and events from being presented: a draft, or an article that
 * comes out after the issue's day (the same day is fine: the issue waits for it, see
 * `issueStatus`). Items that do not exist are the references' own problem.
 */
export function presentedItemProblems(
  issueDay: Date,
  articles: readonly (PresentedItem | undefined)[],
  events: readonly (PresentedItem | undefined)[],
): ItemProblem[] {
  const problems: ItemProblem[] = [];
  articles.forEach((article, index) => {
    if (!article) return;
    if (article.status === "draft") {
      const message = editorMessage("NewsletterArticleDraft", { id: article.id });
      problems.push({ field: "articles", index, message });
    } else if (article.pubDate && toIsoDay(article.pubDate) > toIsoDay(issueDay)) {
      const message = editorMessage("NewsletterArticleLater", {
        id: article.id,
        published: article.pubDate,
        sent: issueDay,
      });
      problems.push({ field: "articles", index, message });
    }
  });
  events.forEach((event, index) => {
    if (event?.status !== "draft") return;
    problems.push({
      field: "events",
      index,
      message: editorMessage("NewsletterEventDraft", { id: event.id }),
    });
  });
  return problems;
}

/**
 * An issue is published on its day once every article it presents is out: one sent in the
 * morning of an article published at noon appears at the first build after noon, so its page
 * never links to an article that is not there yet.
 */
export function issueStatus(
  ownStatus: PublicationStatus,
  articlesPublished: readonly Date[],
  now: Date,
): PublicationStatus {
  if (ownStatus !== "published") return ownStatus;
  return articlesPublished.some((date) => date > now) ? "scheduled" : "published";
}
