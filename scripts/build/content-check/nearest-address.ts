import { nearest } from "./names.ts";

/** The last part of an address: `csmt-gestione` for `/membri/csmt-gestione/`. */
const lastSegment = (address: string) => address.replace(/\/$/, "").split("/").pop() ?? "";

const words = (slug: string) => slug.split("-").filter(Boolean);

/**
 * The page an editor most likely meant by an address the site does not have, among the
 * addresses of the same folder: one whose name holds every word written, in any place
 * (`/membri/csmt/` for `/membri/csmt-gestione/`: names are shortened far more than a typo's
 * one or two letters), the one with the fewest words more; otherwise the
 * nearest by edit distance, for typos (`officina-alfo`).
 */
export function nearestAddress(pathname: string, siblings: readonly string[]): string | undefined {
  const written = words(lastSegment(pathname));
  if (written.length > 0) {
    const holding = siblings
      .filter((candidate) => candidate !== pathname)
      .map((candidate) => ({ candidate, words: words(lastSegment(candidate)) }))
      .filter((found) => written.every((word) => found.words.includes(word)))
      .sort((a, b) => a.words.length - b.words.length);
    const best = holding[0];
    if (best) return best.candidate;
  }
  return nearest(pathname, siblings);
}
