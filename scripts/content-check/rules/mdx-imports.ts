import { existsSync } from "node:fs";
import path from "node:path";
import { editorMessage } from "../../../src/i18n/editor-messages.ts";
import type { Rule } from "../context.ts";

const COMPONENTS = "src/components/mdx";
const IMPORT = /^import\s[^;]*?["']([^"'\n]+)["'];?|^import\s*["']([^"'\n]+)["']/gm;
const EXPORT = /^export\s/gm;

/** MDX may import only the site's own components, from src/components/mdx/. */
export const mdxImports: Rule = (context, report) => {
  const allowed = path.join(context.projectRoot, COMPONENTS) + path.sep;
  for (const entry of context.entries) {
    if (entry.extension !== ".mdx") continue;
    const lineAt = (index: number) =>
      entry.bodyStartLine + entry.body.slice(0, index).split("\n").length - 1;
    for (const match of entry.body.matchAll(IMPORT)) {
      const source = match[1] ?? match[2] ?? "";
      const resolved = source.startsWith(".")
        ? path.resolve(path.dirname(entry.absolutePath), source)
        : "";
      if (resolved.startsWith(allowed) && existsSync(resolved)) continue;
      report.add(
        { file: entry.shownFile, line: lineAt(match.index), field: "(import)" },
        editorMessage("MdxImport", { source, folder: `${COMPONENTS}/` }),
      );
    }
    for (const match of entry.body.matchAll(EXPORT)) {
      report.add(
        { file: entry.shownFile, line: lineAt(match.index), field: "(export)" },
        editorMessage("MdxExport"),
      );
    }
  }
};
