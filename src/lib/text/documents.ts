import { statSync } from "node:fs";
import path from "node:path";
import { editorMessage, type EditorMessage } from "../../i18n/editor-messages.ts";

const KINDS: Record<string, string> = {
  ".pdf": "PDF",
  ".doc": "Word",
  ".docx": "Word",
  ".odt": "OpenDocument",
  ".xls": "Excel",
  ".xlsx": "Excel",
  ".ods": "OpenDocument",
  ".ppt": "PowerPoint",
  ".pptx": "PowerPoint",
  ".zip": "ZIP",
  ".csv": "CSV",
};

const sizeFormat = new Intl.NumberFormat("it-IT", { maximumFractionDigits: 1 });

/** "1,2 MB", "340 kB": sizes as Italian readers write them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`;
  if (bytes < 1_000_000) return `${sizeFormat.format(bytes / 1000)} kB`;
  return `${sizeFormat.format(bytes / 1_000_000)} MB`;
}

export interface DocumentFacts {
  kind: string;
  size: string;
}

/**
 * The type and size of a document published from public/ (`/documenti/statuto.pdf`), or what
 * is wrong with the address: `<Download>` stops the build with it, and the check reports it.
 */
export function describeDocument(
  publicDir: string,
  href: string,
): DocumentFacts | { message: EditorMessage } {
  if (!href.startsWith("/documenti/")) {
    return { message: editorMessage("DocumentOutsideFolder", { file: href }) };
  }
  const file = path.join(publicDir, safeDecode(href));
  let bytes: number;
  try {
    bytes = statSync(file).size;
  } catch {
    return { message: editorMessage("DocumentNotFound", { file: href }) };
  }
  const extension = path.extname(file).toLowerCase();
  return {
    kind: KINDS[extension] ?? extension.slice(1).toUpperCase(),
    size: formatFileSize(bytes),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
