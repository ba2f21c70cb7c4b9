import { parse } from "acorn";
import { editorMessage, type EditorMessage } from "../../../../src/i18n/editor-messages.ts";
import {
  MDX_COMPONENT_ATTRIBUTES,
  MDX_COMPONENT_NAMES,
  attributeField,
  isMdxComponentName,
} from "../../../../src/lib/text/mdx-attributes.ts";
import { bodyTree, walk } from "../body-tree.ts";
import type { Rule } from "../context.ts";
import { TEXT_FIELD } from "../markdown.ts";
import { writtenHtml, type WrittenTag } from "../written-tags.ts";

interface Problem {
  field: string;
  message: EditorMessage;
}

/** Whether an expression's text is only comments (`/* … *\/`), which run nothing. */
function isComment(expression: string): boolean {
  try {
    return parse(expression, { ecmaVersion: "latest" }).body.length === 0;
  } catch {
    return false;
  }
}

/** Attribute values that are code: an expression, a spread, or (for a component) no value. */
function valueProblems(tag: WrittenTag): Problem[] {
  return tag.attributes.flatMap(({ name, value }): Problem[] => {
    if (name === "...") {
      const message = editorMessage("MdxAttributeNotText", {
        tag: tag.name,
        attribute: name,
        kind: "spread",
      });
      return [{ field: TEXT_FIELD, message }];
    }
    // A bare attribute is HTML's own way to say "yes" (`<details open>`); components take text.
    if (value === undefined || (value === true && tag.component)) {
      const kind = value === undefined ? "expression" : "empty";
      const message = editorMessage("MdxAttributeNotText", {
        tag: tag.name,
        attribute: name,
        kind,
      });
      return [{ field: attributeField(tag.name, name), message }];
    }
    return [];
  });
}

/** A component the site has, with the attributes it documents. */
function componentProblems(tag: WrittenTag): Problem[] {
  if (!isMdxComponentName(tag.name)) {
    const known = MDX_COMPONENT_NAMES;
    const message = editorMessage("MdxComponentUnknown", { component: tag.name, known });
    return [{ field: TEXT_FIELD, message }];
  }
  const { required, optional } = MDX_COMPONENT_ATTRIBUTES[tag.name];
  const known: readonly string[] = [...required, ...optional];
  const written = new Set(tag.attributes.map(({ name }) => name));
  const problems: Problem[] = [];
  for (const name of written) {
    if (name === "..." || known.includes(name)) continue;
    const message = editorMessage("MdxAttributeUnknown", {
      component: tag.name,
      attribute: name,
      known,
    });
    problems.push({ field: attributeField(tag.name, name), message });
  }
  for (const name of required) {
    if (written.has(name)) continue;
    const message = editorMessage("MdxAttributeMissing", { component: tag.name, attribute: name });
    problems.push({ field: attributeField(tag.name, name), message });
  }
  return problems;
}

/**
 * MDX holds no code: the documented components with their documented attributes written as
 * text, HTML elements with text attributes, and Markdown. No `{…}` expression, in the text or
 * in an attribute; comments (`{/* … *\/}`) are fine. An MDX file that cannot be read is named
 * here, with the parser's reason.
 */
export const mdxCode: Rule = (context, report) => {
  for (const entry of context.entries) {
    if (entry.extension !== ".mdx") continue;
    const add = (line: number, { field, message }: Problem) => {
      report.add({ file: entry.shownFile, line, field }, message);
    };
    const { root, fileLine, unreadable } = bodyTree(entry);
    if (unreadable) {
      const message = editorMessage("MdxNotReadable", { reason: unreadable.reason });
      add(unreadable.line, { field: TEXT_FIELD, message });
      continue;
    }
    walk(root, (node) => {
      if (node.type !== "mdxFlowExpression" && node.type !== "mdxTextExpression") return;
      // An expression holding only a comment is a comment.
      if (isComment(node.value)) return;
      const line = fileLine(node.position?.start.line);
      add(line, { field: TEXT_FIELD, message: editorMessage("MdxExpression") });
    });
    for (const tag of writtenHtml(entry).tags) {
      if (tag.component) for (const problem of componentProblems(tag)) add(tag.line, problem);
      for (const problem of valueProblems(tag)) add(tag.line, problem);
    }
  }
};
