import type { Rule } from "../context.ts";
import { messageOfIssue } from "../../../../src/schemas/issue-messages.ts";
import { fieldName } from "../field-name.ts";

/** Every value the collection's schema refuses, in plain Italian, and unreadable headers. */
export const schema: Rule = (context, report) => {
  for (const entry of context.entries) {
    if (entry.frontmatterError) {
      report.add(
        {
          file: entry.shownFile,
          line: entry.frontmatterError.line,
          field: entry.frontmatterError.field ?? "(intestazione)",
        },
        entry.frontmatterError.message,
      );
      continue;
    }
    for (const issue of entry.issues) {
      // A strict schema's unknown fields: unknownKeys names each on its own line, with a guess.
      if (issue.code === "unrecognized_keys") continue;
      // The line of the field, or of the nearest field above it that is written.
      let line: number | undefined;
      for (let depth = issue.path.length; depth > 0 && line === undefined; depth--) {
        line = entry.frontmatter?.lineOf(issue.path.slice(0, depth));
      }
      const field = fieldName(issue.path) || "(intestazione)";
      // A rule that explains this mistake more precisely (dates, updatedDate) has run first.
      if (report.hasError(entry.shownFile, line ?? 1, field)) continue;
      report.add({ file: entry.shownFile, line, field }, messageOfIssue(issue));
    }
  }
};
