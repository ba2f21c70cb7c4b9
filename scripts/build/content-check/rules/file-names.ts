import { toSlug } from "../../../../src/lib/text/slugs.ts";
import { COLLECTION_FOLDERS, collectionOfFile } from "../../../../src/collections.ts";
import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
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
      report.add(
        { file: entry.shownFile, field: FIELD },
        editorMessage("FileNameInvalid", {
          suggestion: `${context.shownRoot}/${suggestedName(entry.file)}`,
          asset: false,
        }),
      );
    }
  }
  for (const other of context.otherFiles) {
    const extension = other.file.includes(".") ? (other.file.split(".").pop() ?? "") : "";
    const place = { file: other.shownFile, field: FIELD };
    if (!collectionOfFile(other.file)) {
      report.add(place, editorMessage("FileOutsideCollections", { folders: COLLECTION_FOLDERS }));
    } else if (/^(md|mdx)$/i.test(extension) || /^(markdown|mdown|mkd)$/i.test(extension)) {
      const markdown = other.file.replace(/\.[^.]+$/, ".md");
      report.add(
        place,
        editorMessage("ExtensionNotRead", {
          extension,
          suggestion: `${context.shownRoot}/${suggestedName(markdown)}`,
        }),
      );
    } else if (!ASSET_EXTENSIONS.has(extension.toLowerCase())) {
      report.add(place, editorMessage("FileTypeNotAllowed", { allowed: [...ASSET_EXTENSIONS] }));
    } else if (!hasKebabNames(other.file)) {
      report.add(
        place,
        editorMessage("FileNameInvalid", {
          suggestion: `${context.shownRoot}/${suggestedName(other.file)}`,
          asset: true,
        }),
      );
    }
  }
};
