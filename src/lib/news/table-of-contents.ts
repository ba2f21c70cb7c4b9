export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A page earns a table of contents from this many h2/h3 headings on. */
export const MIN_HEADINGS_FOR_TOC = 3;

/** The h2 and h3 headings of a page, or none when the page is too short to need them. */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  return sections.length >= MIN_HEADINGS_FOR_TOC ? sections : [];
}

/** The entries before and after `current` in an ordered list. */
export function neighbours<T>(items: readonly T[], current: T): { previous?: T; next?: T } {
  const index = items.indexOf(current);
  if (index < 0) return {};
  const previous = items[index - 1];
  const next = items[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
