import { statSync } from "node:fs";
import path from "node:path";

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

/** The type and size of a document published from public/ (`/documenti/statuto.pdf`). */
export function describeDocument(publicDir: string, href: string): DocumentFacts {
  if (!href.startsWith("/documenti/")) {
    throw new Error(
      `Il documento "${href}" deve stare in public/documenti/ e iniziare con /documenti/.`,
    );
  }
  const file = path.join(publicDir, decodeURIComponent(href));
  let bytes: number;
  try {
    bytes = statSync(file).size;
  } catch {
    throw new Error(`Il documento "${href}" non esiste: copialo in public${href}.`);
  }
  const extension = path.extname(file).toLowerCase();
  return {
    kind: KINDS[extension] ?? extension.slice(1).toUpperCase(),
    size: formatFileSize(bytes),
  };
}
