import path from "node:path";
import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import { describeDocument } from "../../../../src/lib/text/documents.ts";
import {
  attributeField,
  memberListProblems,
  type AttributeProblem,
} from "../../../../src/lib/text/mdx-attributes.ts";
import type { Rule } from "../context.ts";
import { writtenHtml } from "../written-tags.ts";

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
    // The parsed body: a component shown in code is text, not a component.
    for (const tag of writtenHtml(entry).tags) {
      if (!tag.component) continue;
      // Values that are not text are the mdx-code rule's.
      const attributes = Object.fromEntries(
        tag.attributes.flatMap(({ name, value }) =>
          typeof value === "string" ? [[name, value]] : [],
        ),
      ) as Partial<Record<string, string>>;
      for (const { field, message } of problemsOf(tag.name, attributes, memberIds, publicDir)) {
        report.add({ file: entry.shownFile, line: tag.line, field }, message);
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
