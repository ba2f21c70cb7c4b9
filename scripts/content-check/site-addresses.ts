import { readdirSync } from "node:fs";
import path from "node:path";
import type { PublicationStatus } from "../../src/lib/publishing.ts";
import { toSlug } from "../../src/lib/slugs.ts";
import { romeYear } from "../../src/lib/dates.ts";
import { site } from "../../src/site.ts";
import { collections } from "./collections.ts";
import type { CheckContext, Entry } from "./context.ts";

/** The site's fixed sections, each a top-level address no standalone page may take. */
export const FIXED_ROUTES = [
  "distretto",
  "comitato",
  "membri",
  "notizie",
  "aderisci",
  "cerca",
  "404",
  "rss.xml",
] as const;

export interface SiteAddress {
  /** The entry published there, when it comes from a content file. */
  entry?: Entry;
  status: PublicationStatus;
}

/** The public folder: its files are served at the site's root. */
function publicFiles(projectRoot: string): string[] {
  try {
    return readdirSync(path.join(projectRoot, "public"), { recursive: true, encoding: "utf8" }).map(
      (file) => "/" + file.split(path.sep).join("/"),
    );
  } catch {
    return [];
  }
}

/** Every address the site will have after a build of this content, and what is there. */
export function siteAddresses(context: CheckContext): Map<string, SiteAddress> {
  const addresses = new Map<string, SiteAddress>();
  const add = (address: string, entry?: Entry) => {
    if (!addresses.has(address)) {
      addresses.set(
        address,
        entry ? { entry, status: entry.status ?? "published" } : { status: "published" },
      );
    }
  };
  for (const fixed of ["/", "/distretto/", "/comitato/", "/membri/", "/notizie/", "/aderisci/"]) {
    add(fixed);
  }
  for (const fixed of ["/cerca/", "/404/", "/rss.xml", "/robots.txt", "/sitemap-index.xml"]) {
    add(fixed);
  }
  for (const file of publicFiles(context.projectRoot)) add(file);

  const valid = context.entries.filter((entry) => entry.data !== undefined);
  for (const entry of valid) {
    const address = collections[entry.collection].address?.(entry.id);
    if (address) add(address, entry);
  }

  const published = valid.filter((entry) => entry.status === "published");
  const news = published.filter((entry) => entry.collection === "news");
  for (let page = 2; page <= Math.ceil(news.length / site.newsPerPage); page++) {
    add(`/notizie/${page}/`);
  }
  for (const article of news) {
    const data = article.data as { tags: string[]; pubDate: Date };
    add(`/notizie/archivio/${romeYear(data.pubDate)}/`);
    for (const tag of data.tags) {
      add(`/notizie/tag/${toSlug(tag)}/`);
      add(`/notizie/tag/${toSlug(tag)}/rss.xml`);
    }
  }
  for (const member of published.filter((entry) => entry.collection === "members")) {
    const data = member.data as { type: string; province?: string; sectors: string[] };
    add(`/membri/tipo/${data.type}/`);
    if (data.province) add(`/membri/provincia/${data.province}/`);
    for (const sector of data.sectors) add(`/membri/settore/${toSlug(sector)}/`);
  }
  return addresses;
}
