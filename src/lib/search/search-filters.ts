/** The filters readers can narrow a search by; the names appear in the search page's address. */
export const SEARCH_FILTERS = [
  "sezione",
  "argomento",
  "eventi",
  "tipo",
  "provincia",
  "anno",
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The values a reader ticked, per filter: any of a filter's values, and every filter. */
export type ChosenFilters = Record<SearchFilter, string[]>;

/** How many results carry each value of each filter, as Pagefind counts them. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** Pagefind's `filters` option for the chosen values, leaving out one filter when asked. */
export function pagefindFilters(
  chosen: ChosenFilters,
  without?: SearchFilter,
): Record<string, { any: string[] }> {
  return Object.fromEntries(
    SEARCH_FILTERS.filter((name) => name !== without && chosen[name].length > 0).map((name) => [
      name,
      { any: chosen[name] },
    ]),
  );
}

/**
 * The count beside each choice: how many results have that value once the reader's choices in
 * the other filters apply. For a filter with nothing ticked that is exactly what ticking the
 * value gives. Pagefind's own counts apply every filter, the value's own too, so a filter with
 * ticked values is counted by a second search without it: otherwise its other values would all
 * read 0, though ticking one adds results.
 *
 * `countsFor` runs the search with the given filters and returns Pagefind's counts.
 */
export async function choiceCounts(
  chosen: ChosenFilters,
  countsFor: (filters: Record<string, { any: string[] }>) => Promise<FilterCounts>,
): Promise<FilterCounts> {
  const ticked = SEARCH_FILTERS.filter((name) => chosen[name].length > 0);
  const [all, ...without] = await Promise.all([
    countsFor(pagefindFilters(chosen)),
    ...ticked.map((name) => countsFor(pagefindFilters(chosen, name))),
  ]);
  const counts: FilterCounts = { ...all };
  ticked.forEach((name, index) => {
    counts[name] = without[index]?.[name] ?? {};
  });
  return counts;
}

/**
 * The choices to offer for a filter, in order: every value some result has, and the ticked
 * ones even without results, so the reader can untick them. Years newest first, the rest in
 * Italian alphabetical order.
 */
export function filterChoices(
  name: SearchFilter,
  counts: Record<string, number> | undefined,
  ticked: readonly string[],
): { value: string; count: number }[] {
  const values = new Set([
    ...Object.entries(counts ?? {})
      .filter(([, count]) => count > 0)
      .map(([value]) => value),
    ...ticked,
  ]);
  return [...values]
    .sort((a, b) => (name === "anno" ? b.localeCompare(a) : a.localeCompare(b, "it")))
    .map((value) => ({ value, count: counts?.[value] ?? 0 }));
}
