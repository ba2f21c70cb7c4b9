/** Lowercase ASCII words joined by hyphens: `nasce-il-distretto`. */
/**
 * Files an operating system or an editor leaves behind on its own (Finder's .DS_Store and ._
 * twins, Windows' Thumbs.db and desktop.ini, backups ending in ~, office lock files): the
 * check and the build ignore them, so they never stop a build.
 */
export const OS_LEFTOVER =
  /(^|\/)(\.DS_Store|\._[^/]*|Thumbs\.db|desktop\.ini|[^/]*~|\.~lock\.[^/]*#)$/i;

export const KEBAB_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Files that may sit next to entries: images and documents. */
export const ASSET_EXTENSIONS = new Set([
  "jpg",
  "jpeg",
  "png",
  "webp",
  "avif",
  "gif",
  "svg",
  "pdf",
  "doc",
  "docx",
  "odt",
  "xls",
  "xlsx",
  "ods",
  "ppt",
  "pptx",
  "odp",
  "csv",
  "zip",
]);

/** Edit distance between two words, ignoring case; stops early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let previous = Uint32Array.from({ length: right.length + 1 }, (_, index) => index);
  let current = new Uint32Array(right.length + 1);
  for (let i = 1; i <= left.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left.charCodeAt(i - 1) === right.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[right.length]!;
}

/** The candidate closest to a word, when it is close enough to be a typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  const limit = Math.max(2, Math.floor(word.length / 3));
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: most candidates need no comparison.
    if (Math.abs(candidate.length - word.length) > Math.min(limit, bestDistance)) continue;
    const distance = editDistance(word, candidate, Math.min(limit, bestDistance));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    if (bestDistance <= 1) break;
  }
  return bestDistance <= limit ? best : undefined;
}
