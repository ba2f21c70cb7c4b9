import { existsSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import type { Rule } from "../context.ts";
import { bodyTree, walk } from "../body-tree.ts";

const COMPONENTS = "src/components/mdx";

/**
 * MDX may import only the site's own components, from src/components/mdx/, and export nothing:
 * each statement of the file's import/export blocks, read by acorn (the JavaScript parser MDX
 * itself uses).
 */
export const mdxImports: Rule = (context, report) => {
  const allowed = path.join(context.projectRoot, COMPONENTS) + path.sep;
  for (const entry of context.entries) {
    if (entry.extension !== ".mdx") continue;
    const { root, fileLine } = bodyTree(entry);
    walk(root, (node) => {
      if (node.type !== "mdxjsEsm") return;
      const first = node.position?.start.line ?? 1;
      let statements;
      try {
        statements = parse(node.value, {
          ecmaVersion: "latest",
          sourceType: "module",
          locations: true,
        }).body;
      } catch {
        // Not JavaScript: still code where none may be.
        const line = fileLine(first);
        report.add({ file: entry.shownFile, line, field: "(export)" }, editorMessage("MdxExport"));
        return;
      }
      for (const statement of statements) {
        const line = fileLine(first + (statement.loc?.start.line ?? 1) - 1);
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
