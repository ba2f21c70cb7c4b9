import path from "node:path";
import { readPageHead } from "./page-head.ts";

const UPDATED_TIME = /<meta property="og:updated_time" content="([^"]+)"/;

/** The page's last content change, as its layout wrote it into `og:updated_time`. */
export function lastModifiedInHtml(html: string): string | undefined {
  return UPDATED_TIME.exec(html)?.[1];
}

const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g;

/**
 * The page's other languages as its layout names them (`<link rel="alternate" hreflang>`), in
 * the shape @astrojs/sitemap writes as `xhtml:link`. Its own `i18n` option cannot say it: that
 * pairs pages by identical paths under a locale prefix, and the English addresses use English
 * words.
 */
export function alternatesInHtml(html: string): { url: string; lang: string }[] {
  return [...html.matchAll(ALTERNATE)].map(([, lang = "", url = ""]) => ({ url, lang }));
}

/** What the sitemap repeats of the built page behind an address: its last change, its languages. */
export function sitemapFactsOfPage(
  outDir: string,
  pageUrl: string,
): { lastmod?: string; links: { url: string; lang: string }[] } {
  const file = path.join(outDir, decodeURIComponent(new URL(pageUrl).pathname), "index.html");
  const head = readPageHead(file);
  if (head === undefined) return { links: [] };
  const lastmod = lastModifiedInHtml(head);
  return { ...(lastmod && { lastmod }), links: alternatesInHtml(head) };
}
