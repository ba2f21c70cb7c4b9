const italianCollator = new Intl.Collator("it", { sensitivity: "base", numeric: true });

/** Alphabetical order as Italian readers expect it (accents and case ignored). */
export function compareItalian(a: string, b: string): number {
  return italianCollator.compare(a, b);
}

/** Entries with an `order` first, lowest first; the rest after them; ties by label. */
export function sortByOrderThenLabel<T>(
  items: readonly T[],
  order: (item: T) => number | undefined,
  label: (item: T) => string,
): T[] {
  return [...items].sort((a, b) => {
    const orderA = order(a) ?? Number.POSITIVE_INFINITY;
    const orderB = order(b) ?? Number.POSITIVE_INFINITY;
    if (orderA !== orderB) return orderA < orderB ? -1 : 1;
    return compareItalian(label(a), label(b));
  });
}

/** Newest first; equal dates by title, so the order never depends on file order. */
export function sortNewestFirst<T>(
  items: readonly T[],
  date: (item: T) => Date,
  title: (item: T) => string,
): T[] {
  return [...items].sort(
    (a, b) => date(b).getTime() - date(a).getTime() || compareItalian(title(a), title(b)),
  );
}
