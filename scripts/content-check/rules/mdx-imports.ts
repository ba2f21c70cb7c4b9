import { existsSync } from "node:fs";
import path from "node:path";
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
      report.error({
        file: entry.shownFile,
        line: lineAt(match.index),
        field: "(import)",
        problem: `importa "${source}", che non è un componente del sito.`,
        expected: `Importa solo i componenti documentati in EDITING.md, che stanno in ${COMPONENTS}/.`,
      });
    }
    for (const match of entry.body.matchAll(EXPORT)) {
      report.error({
        file: entry.shownFile,
        line: lineAt(match.index),
        field: "(export)",
        problem: "c'è un export, cioè codice: nei contenuti non è ammesso.",
        expected: "Togli la riga export; per un contenuto interattivo chiedi un componente.",
      });
    }
  }
};
