/** A page number to link to, or a gap between distant pages. */
export type PageLink = number | "gap";

/**
 * The page numbers a pager shows: the first, the last, and the pages around the current one,
 * with a gap wherever numbers are skipped.
 */
export function pageLinks(current: number, last: number, around = 1): PageLink[] {
  if (last <= 1) return [];
  const pages = new Set([1, last]);
  for (let page = current - around; page <= current + around; page++) {
    if (page >= 1 && page <= last) pages.add(page);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || page === previous + 1) return [page];
    // A gap of one page shows that page rather than an ellipsis.
    return page === previous + 2 ? [previous + 1, page] : ["gap" as const, page];
  });
}
