import { toSlug } from "../text/slugs.ts";
import { compareItalian } from "../data/sorting.ts";

export interface Tag {
  slug: string;
  /** The spelling editors use most often; ties go to the first seen. */
  label: string;
}

export interface TaggedItems<T> extends Tag {
  /** The items carrying the tag, in the order they were given. */
  items: T[];
}

export interface TagGroup<T> extends TaggedItems<T> {
  /** Each way the tag is written, with the items that write it so. */
  spellings: ReadonlyMap<string, readonly T[]>;
}

/**
 * Groups items by the slug of their tags (or sectors), so "Veicoli elettrici" and
 * "veicoli-elettrici" are one, named by the most used spelling. The site's tag and sector
 * pages and the content check's spelling warning all group through here, so the spelling the
 * check recommends is the one the site shows. Groups come out sorted by label.
 */
export function groupByTag<T>(
  items: readonly T[],
  tagsOf: (item: T) => readonly string[],
): TagGroup<T>[] {
  const groups = new Map<string, { items: T[]; spellings: Map<string, T[]> }>();
  for (const item of items) {
    for (const spelling of new Set(tagsOf(item))) {
      const slug = toSlug(spelling);
      if (!slug) continue;
      const group = groups.get(slug) ?? { items: [], spellings: new Map<string, T[]>() };
      groups.set(slug, group);
      if (group.items.at(-1) !== item) group.items.push(item);
      const written = group.spellings.get(spelling);
      if (written) written.push(item);
      else group.spellings.set(spelling, [item]);
    }
  }
  return [...groups]
    .map(([slug, { items: tagged, spellings }]) => ({
      slug,
      label: mostUsed(spellings),
      items: tagged,
      spellings,
    }))
    .sort((a, b) => compareItalian(a.label, b.label));
}

function mostUsed(spellings: ReadonlyMap<string, readonly unknown[]>): string {
  let best = "";
  let bestCount = 0;
  for (const [spelling, items] of spellings) {
    if (items.length > bestCount) [best, bestCount] = [spelling, items.length];
  }
  return best;
}
