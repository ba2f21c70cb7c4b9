import { appendTo } from "./multimap.ts";

export interface Relatable {
  id: string;
  date: Date;
  memberIds: readonly string[];
  tagSlugs: readonly string[];
}

/** A shared member says more about an article than a shared topic. */
const MEMBER_WEIGHT = 2;
const TAG_WEIGHT = 1;

/**
 * "Leggi anche" for every article at once: up to `limit` others that share members or tags,
 * the most shared first, then the newest. Only the given (published) articles are candidates,
 * and an article is never related to itself. Candidates come from an index of members and
 * tags, so the cost grows with the overlaps rather than with the square of the archive.
 */
export function relatedByArticle<T extends Relatable>(
  articles: readonly T[],
  limit = 3,
): Map<string, T[]> {
  const byKey = new Map<string, T[]>();
  const keysOf = (article: T) => [
    ...article.memberIds.map((id) => `m:${id}`),
    ...article.tagSlugs.map((slug) => `t:${slug}`),
  ];
  for (const article of articles) {
    for (const key of new Set(keysOf(article))) appendTo(byKey, key, article);
  }

  const related = new Map<string, T[]>();
  for (const article of articles) {
    const scores = new Map<T, number>();
    for (const key of new Set(keysOf(article))) {
      const weight = key.startsWith("m:") ? MEMBER_WEIGHT : TAG_WEIGHT;
      for (const other of byKey.get(key) ?? []) {
        if (other.id !== article.id) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const ranked = [...scores]
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || b.date.getTime() - a.date.getTime())
      .slice(0, limit)
      .map(([other]) => other);
    related.set(article.id, ranked);
  }
  return related;
}
