import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import { dateOrDateTime } from "../../../../src/schemas/dates.ts";
import type { Rule } from "../context.ts";

const asDate = dateOrDateTime();

/** An update cannot come before publication, nor after the build that publishes it. */
export const updatedDate: Rule = (context, report) => {
  for (const entry of context.entries) {
    const data = entry.frontmatter?.data;
    if (data?.["updatedDate"] === undefined) continue;
    // Where the field is written is looked up only for a finding: it parses the YAML again.
    const place = () => ({
      file: entry.shownFile,
      line: entry.frontmatter?.lineOf(["updatedDate"]),
      field: "updatedDate",
    });
    const updatedAt = asDate.safeParse(data["updatedDate"]);
    if (updatedAt.success && updatedAt.data > context.now) {
      report.add(place(), editorMessage("UpdatedInFuture", { updated: updatedAt.data }));
      continue;
    }
    if (data["pubDate"] === undefined) continue;
    const published = asDate.safeParse(data["pubDate"]);
    if (!published.success || !updatedAt.success || updatedAt.data >= published.data) continue;
    report.add(
      place(),
      editorMessage("UpdatedBeforePublished", {
        updated: updatedAt.data,
        published: published.data,
      }),
    );
  }
};
