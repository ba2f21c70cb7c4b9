import { toSlug } from "../../../src/lib/slugs.ts";
import { COLLECTION_NAMES, isCollectionName } from "../../../src/collections.ts";
import type { Rule } from "../context.ts";
import { ASSET_EXTENSIONS, KEBAB_NAME } from "../names.ts";

const FIELD = "(nome del file)";

/** The name an editor should use instead: every segment lowercase words joined by hyphens. */
function suggestedName(file: string): string {
  return file
    .split("/")
    .map((segment) => {
      const dot = segment.lastIndexOf(".");
      if (dot <= 0) return toSlug(segment) || "nome";
      return `${toSlug(segment.slice(0, dot)) || "nome"}${segment.slice(dot).toLowerCase()}`;
    })
    .join("/");
}

function hasKebabNames(file: string): boolean {
  return file.split("/").every((segment) => {
    const dot = segment.lastIndexOf(".");
    const name = dot > 0 ? segment.slice(0, dot) : segment;
    const extension = dot > 0 ? segment.slice(dot + 1) : "";
    return KEBAB_NAME.test(name) && extension === extension.toLowerCase();
  });
}

/** File names are lowercase words joined by hyphens; every file belongs somewhere. */
export const fileNames: Rule = (context, report) => {
  for (const entry of context.entries) {
    if (!hasKebabNames(entry.file)) {
      report.error({
        file: entry.shownFile,
        field: FIELD,
        problem: "il nome contiene maiuscole, spazi, accenti o altri segni.",
        expected: `Rinomina il file in ${context.shownRoot}/${suggestedName(entry.file)} (parole minuscole unite da trattini).`,
      });
    }
  }
  for (const other of context.otherFiles) {
    const [folder = ""] = other.file.split("/");
    const extension = other.file.includes(".") ? (other.file.split(".").pop() ?? "") : "";
    if (!isCollectionName(folder) || !other.file.includes("/")) {
      report.error({
        file: other.shownFile,
        field: FIELD,
        problem: "il file è fuori dalle cartelle dei contenuti e non verrebbe pubblicato.",
        expected: `Spostalo in una di queste cartelle: ${COLLECTION_NAMES.join(", ")}.`,
      });
    } else if (/^(md|mdx)$/i.test(extension) || /^(markdown|mdown|mkd)$/i.test(extension)) {
      report.error({
        file: other.shownFile,
        field: FIELD,
        problem: `l'estensione ".${extension}" non viene letta: il file non verrebbe pubblicato.`,
        expected: `Rinomina il file in ${context.shownRoot}/${suggestedName(other.file.replace(/\.[^.]+$/, ".md"))}.`,
      });
    } else if (!ASSET_EXTENSIONS.has(extension.toLowerCase())) {
      report.error({
        file: other.shownFile,
        field: FIELD,
        problem: "non è una pagina (.md o .mdx), né un'immagine o un documento.",
        expected:
          "Togli il file, oppure salvalo come .md; immagini e documenti ammessi: " +
          `${[...ASSET_EXTENSIONS].join(", ")}.`,
      });
    } else if (!hasKebabNames(other.file)) {
      report.error({
        file: other.shownFile,
        field: FIELD,
        problem: "il nome contiene maiuscole, spazi, accenti o altri segni.",
        expected: `Rinomina il file in ${context.shownRoot}/${suggestedName(other.file)} e correggi i riferimenti.`,
      });
    }
  }
};
