import { registry } from "../../../../src/collections.ts";
import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import type { Rule } from "../context.ts";

/**
 * `draft: true` keeps an entry unpublished only where the collection has drafts; elsewhere the
 * schema would drop the field and publish the file, the opposite of what the editor meant.
 */
export const drafts: Rule = (context, report) => {
  for (const entry of context.entries) {
    const { drafts: hasDrafts, label } = registry[entry.collection];
    if (hasDrafts || entry.frontmatter?.data["draft"] === undefined) continue;
    report.add(
      { file: entry.shownFile, line: entry.frontmatter.lineOf(["draft"]), field: "draft" },
      editorMessage("DraftNotAllowed", { collection: label }),
    );
  }
};
