import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import type { Rule } from "../context.ts";

/** Readers must know where an event is: a place, a link to follow it online, or both. */
export const eventPlace: Rule = (context, report) => {
  for (const entry of context.entries) {
    const data = entry.frontmatter?.data;
    if (entry.collection !== "events" || !data) continue;
    if (data["location"] !== undefined || data["online"] !== undefined) continue;
    // Like any missing field, at the top of the file, where the schema would report it.
    report.add({ file: entry.shownFile, field: "location" }, editorMessage("EventPlaceMissing"));
  }
};
