import path from "node:path";
import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import {
  issueNumberOf,
  presentedItemProblems,
  suggestedIssueFile,
  type PresentedItem,
} from "../../../../src/lib/newsletter/issues.ts";
import { calendarDate } from "../../../../src/schemas/dates.ts";
import type { Entry, Rule } from "../context.ts";
import { fieldName } from "../field-name.ts";

const asPresented = (entry: Entry): PresentedItem | undefined =>
  entry.status && {
    id: entry.id,
    status: entry.status,
    pubDate: entry.data?.["pubDate"] as Date | undefined,
  };

/** The ids as written: the rule reports on an issue whose other fields are wrong too. */
const idsOf = (value: unknown) =>
  Array.isArray(value) ? value.map((id) => (typeof id === "string" ? id : "")) : [];

const issueDay = calendarDate();

/**
 * An issue is named by its number, and presents only articles and events a reader can open by
 * its day. Articles and events that do not exist are reported by the schema's references.
 */
export const newsletterIssues: Rule = (context, report) => {
  const byId = (collection: "news" | "events") =>
    new Map(
      context.entries
        .filter((entry) => entry.collection === collection)
        .map((entry) => [entry.id, asPresented(entry)]),
    );
  const articles = byId("news");
  const events = byId("events");
  for (const entry of context.entries) {
    if (entry.collection !== "newsletter") continue;
    if (issueNumberOf(entry.id) === undefined) {
      const suggestion = `${path.posix.dirname(entry.shownFile)}/${suggestedIssueFile(entry.id, entry.extension)}`;
      report.add(
        { file: entry.shownFile, field: "(nome del file)" },
        editorMessage("NewsletterNumberInvalid", { file: entry.shownFile, suggestion }),
      );
    }
    const data = entry.frontmatter?.data;
    const day = issueDay.safeParse(data?.["pubDate"]);
    // A draft may wait for its articles to be finished; it is checked once it is not.
    if (!data || data["draft"] === true || !day.success) continue;
    const problems = presentedItemProblems(
      day.data,
      idsOf(data["articles"]).map((id) => articles.get(id)),
      idsOf(data["events"]).map((id) => events.get(id)),
    );
    for (const { field, index, message } of problems) {
      const line = entry.frontmatter?.lineOf([field, index]);
      report.add({ file: entry.shownFile, line, field: fieldName([field, index]) }, message);
    }
  }
};
