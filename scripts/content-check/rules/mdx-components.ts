import path from "node:path";
import { editorMessage } from "../../../src/i18n/editor-messages.ts";
import { describeDocument } from "../../../src/lib/documents.ts";
import {
  attributeField,
  memberListProblems,
  type AttributeProblem,
} from "../../../src/lib/mdx-attributes.ts";
import type { Rule } from "../context.ts";
import { bodyLines } from "../markdown.ts";

const COMPONENT = /<(MemberCard|MemberList|Download)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * What the MDX components would stop the build for, found before it: a `<MemberCard>` of a
 * member that does not exist, a `<MemberList>` of a type or province the site does not have, a
 * `<Download>` of a missing document. The messages are the components' own.
 */
export const mdxComponents: Rule = (context, report) => {
  const memberIds = new Set(
    context.entries.filter((entry) => entry.collection === "members").map((entry) => entry.id),
  );
  const publicDir = path.join(context.projectRoot, "public");
  for (const entry of context.entries) {
    if (entry.extension !== ".mdx") continue;
    // Code is blanked out: a component shown in a code block is text, not a component.
    const text = bodyLines(entry)
      .map((line) => line.text)
      .join("\n");
    for (const match of text.matchAll(COMPONENT)) {
      const [, component = "", written = ""] = match;
      const attributes = Object.fromEntries(
        [...written.matchAll(ATTRIBUTE)].map(([, name, double, single]) => [
          name,
          double ?? single ?? "",
        ]),
      ) as Partial<Record<string, string>>;
      const line = entry.bodyStartLine + text.slice(0, match.index).split("\n").length - 1;
      for (const { field, message } of problemsOf(component, attributes, memberIds, publicDir)) {
        report.add({ file: entry.shownFile, line, field }, message);
      }
    }
  }
};

function problemsOf(
  component: string,
  attributes: Partial<Record<string, string>>,
  memberIds: ReadonlySet<string>,
  publicDir: string,
): AttributeProblem[] {
  const { id, file, tipo, provincia } = attributes;
  if (component === "MemberCard" && id !== undefined && !memberIds.has(id)) {
    return [
      {
        field: attributeField("MemberCard", "id"),
        message: editorMessage("MemberNotFound", { id }),
      },
    ];
  }
  if (component === "MemberList") return memberListProblems({ tipo, provincia });
  if (component === "Download" && file !== undefined) {
    const facts = describeDocument(publicDir, file);
    if ("message" in facts) {
      return [{ field: attributeField("Download", "file"), message: facts.message }];
    }
  }
  return [];
}
