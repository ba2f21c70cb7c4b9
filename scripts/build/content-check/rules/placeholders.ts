import { PLACEHOLDER, registry } from "../../../../src/collections.ts";
import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import { bodyTree, walk } from "../body-tree.ts";
import type { Rule } from "../context.ts";
import { fieldName } from "../field-name.ts";
import { TEXT_FIELD } from "../markdown.ts";

/** A placeholder as the message quotes it: from its first word to the end of its line. */
const SHOWN_LENGTH = 80;

function quoted(text: string, at: number): string {
  const line = text.slice(at).split("\n", 1)[0]?.trim() ?? PLACEHOLDER;
  return line.length > SHOWN_LENGTH ? `${line.slice(0, SHOWN_LENGTH - 1)}…` : line;
}

/** Every text value of the frontmatter that holds a placeholder, with its path. */
function* placeholderValues(
  value: unknown,
  path: (string | number)[],
): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === "string") {
    const at = value.indexOf(PLACEHOLDER);
    if (at >= 0) yield { path, text: quoted(value, at) };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* placeholderValues(item, [...path, index]);
  } else if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* placeholderValues(item, [...path, key]);
  }
}

/**
 * The texts `npm run new` writes for the editor to replace (`SOSTITUISCI: …`) must not reach
 * readers: an error in any field or line of the text, unless the file is a draft, which is not
 * published, or the English version of a draft. Collections without drafts are published as
 * soon as the file is there.
 */
export const placeholders: Rule = (context, report) => {
  for (const entry of context.entries) {
    const frontmatter = entry.frontmatter;
    if (!frontmatter) continue;
    const canBeDraft = registry[entry.collection].drafts;
    if (canBeDraft && frontmatter.data["draft"] === true) continue;
    // The translation of a draft is not published either: it may be finished at leisure.
    if (entry.original?.status === "draft") continue;
    const message = (text: string) => editorMessage("PlaceholderNotReplaced", { text, canBeDraft });
    for (const { path, text } of placeholderValues(frontmatter.data, [])) {
      report.add(
        { file: entry.shownFile, line: frontmatter.lineOf(path), field: fieldName(path) },
        message(text),
      );
    }
    if (!entry.body.includes(PLACEHOLDER)) continue;
    // The parsed text, so that a placeholder shown as code (`SOSTITUISCI`) is left alone.
    const { root, fileLine } = bodyTree(entry);
    walk(root, (node) => {
      if (node.type !== "text") return;
      const at = node.value.indexOf(PLACEHOLDER);
      if (at < 0) return;
      const linesBefore = node.value.slice(0, at).split("\n").length - 1;
      report.add(
        {
          file: entry.shownFile,
          line: fileLine((node.position?.start.line ?? 1) + linesBefore),
          field: TEXT_FIELD,
        },
        message(quoted(node.value, at)),
      );
    });
  }
};
