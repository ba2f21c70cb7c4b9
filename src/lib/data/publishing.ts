export type PublicationStatus = "published" | "draft" | "scheduled";

export interface Publishable {
  draft?: boolean;
  pubDate?: Date;
}

/** The one publishing rule: a draft never appears; a future article appears once its moment is past. */
export function publicationStatus(entry: Publishable, now: Date): PublicationStatus {
  if (entry.draft) return "draft";
  if (entry.pubDate && entry.pubDate.getTime() > now.getTime()) return "scheduled";
  return "published";
}

/**
 * Whether an entry is built. The preview (`npm run dev`) shows drafts and scheduled entries
 * with a banner so editors can check them; a production build never contains them.
 */
export function isVisible(status: PublicationStatus, preview: boolean): boolean {
  return status === "published" || preview;
}
