import { existsSync } from "node:fs";
import path from "node:path";
import type { Program } from "estree";
import { visit } from "unist-util-visit";
import { editorMessage } from "../../../src/i18n/editor-messages.ts";
import type { Rule } from "../context.ts";
import { bodyTree } from "../body-tree.ts";

const COMPONENTS = "src/components/mdx";

/**
 * MDX may import only the site's own components, from src/components/mdx/, and export nothing:
 * each statement of the file's import/export blocks, as the MDX parser reads them.
 */
export const mdxImports: Rule = (context, report) => {
  const allowed = path.join(context.projectRoot, COMPONENTS) + path.sep;
  for (const entry of context.entries) {
    if (entry.extension !== ".mdx") continue;
    const { root, fileLine } = bodyTree(entry);
    visit(root, "mdxjsEsm", (node) => {
      // Satteri's own mdast types (for the site's plugins) declare the node without its estree.
      const data: { estree?: Program | null } | undefined = node.data;
      const estree = data?.estree;
      for (const statement of estree?.body ?? []) {
        const line = fileLine(statement.loc?.start.line ?? node.position?.start.line);
        if (statement.type !== "ImportDeclaration") {
          report.add(
            { file: entry.shownFile, line, field: "(export)" },
            editorMessage("MdxExport"),
          );
          continue;
        }
        const source = String(statement.source.value);
        const resolved = source.startsWith(".")
          ? path.resolve(path.dirname(entry.absolutePath), source)
          : "";
        if (resolved.startsWith(allowed) && existsSync(resolved)) continue;
        report.add(
          { file: entry.shownFile, line, field: "(import)" },
          editorMessage("MdxImport", { source, folder: `${COMPONENTS}/` }),
        );
      }
    });
  }
};
