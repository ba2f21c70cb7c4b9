import { editorMessage } from "../../../src/i18n/editor-messages.ts";
import { dateOrDateTime } from "../../../src/schemas/dates.ts";
import type { Rule } from "../context.ts";

const asDate = dateOrDateTime();

/** An update cannot come before publication. */
export const updatedDate: Rule = (context, report) => {
  for (const entry of context.entries) {
    const data = entry.frontmatter?.data;
    if (data?.["pubDate"] === undefined || data["updatedDate"] === undefined) continue;
    const published = asDate.safeParse(data["pubDate"]);
    const updated = asDate.safeParse(data["updatedDate"]);
    if (!published.success || !updated.success || updated.data >= published.data) continue;
    report.add(
      {
        file: entry.shownFile,
        line: entry.frontmatter?.lineOf(["updatedDate"]),
        field: "updatedDate",
      },
      editorMessage("UpdatedBeforePublished", { updated: updated.data, published: published.data }),
    );
  }
};
