import path from "node:path";
import { readPageHead } from "./page-head.ts";

const UPDATED_TIME = /<meta property="og:updated_time" content="([^"]+)"/;

/** The page's last content change, as its layout wrote it into `og:updated_time`. */
export function lastModifiedInHtml(html: string): string | undefined {
  return UPDATED_TIME.exec(html)?.[1];
}

/** Reads the built page behind a sitemap address and returns its last change, if it has one. */
export function lastModifiedOfPage(outDir: string, pageUrl: string): string | undefined {
  const file = path.join(outDir, decodeURIComponent(new URL(pageUrl).pathname), "index.html");
  const head = readPageHead(file);
  return head === undefined ? undefined : lastModifiedInHtml(head);
}
