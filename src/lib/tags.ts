import { toSlug } from "./slugs.ts";

export interface Tag {
  slug: string;
  /** The spelling editors use most often; ties go to the first seen. */
  label: string;
}

export interface TagGroup<T> extends Tag {
  /** The items carrying the tag, in the order they were given. */
  items: T[];
}

/**
 * Groups items by tag slug, so "Veicoli elettrici" and "veicoli-elettrici" are one tag, and
 * names each group by its most used spelling. Groups come out sorted by label.
 */
export function groupByTag<T>(items: readonly T[], tagsOf: (item: T) => readonly string[]) {
  const groups = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const spelling of tagsOf(item)) {
      const slug = toSlug(spelling);
      if (!slug) continue;
      const group = groups.get(slug) ?? { items: [] as T[], spellings: new Map<string, number>() };
      groups.set(slug, group);
      group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
      if (!seen.has(slug)) group.items.push(item);
      seen.add(slug);
    }
  }
  const result: TagGroup<T>[] = [...groups].map(([slug, { items: tagged, spellings }]) => ({
    slug,
    label: mostUsed(spellings),
    items: tagged,
  }));
  return result.sort((a, b) => a.label.localeCompare(b.label, "it"));
}

function mostUsed(counts: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [spelling, count] of counts) {
    if (count > bestCount) [best, bestCount] = [spelling, count];
  }
  return best;
}
