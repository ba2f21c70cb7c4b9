import { appendTo } from "../data/multimap.ts";
import { relatedByArticle } from "./related.ts";
import { groupByTag, type Tag, type TagGroup } from "./tags.ts";

/** What the news index needs of an article; the site's Article type adds the entry itself. */
export interface IndexableArticle {
  id: string;
  year: string;
  pubDate: Date;
  rawTags: readonly string[];
  memberIds: readonly string[];
}

export interface ArticleLinks<T> {
  tags: Tag[];
  related: T[];
  /** The next newer and older articles. */
  newer: T | undefined;
  older: T | undefined;
}

export interface YearGroup<T> {
  year: string;
  items: T[];
}

export interface NewsIndex<T> {
  tags: TagGroup<T>[];
  years: YearGroup<T>[];
  linksOf: Map<string, ArticleLinks<T>>;
}

/** Tags, years, related articles and neighbours of every article, from one newest-first list. */
export function indexNews<T extends IndexableArticle>(newestFirst: readonly T[]): NewsIndex<T> {
  const tags = groupByTag(newestFirst, (article) => article.rawTags);
  const tagsOf = new Map<string, Tag[]>();
  for (const { slug, label, items } of tags) {
    for (const article of items) {
      appendTo(tagsOf, article.id, { slug, label });
    }
  }
  const related = relatedByArticle(
    newestFirst.map((article) => ({
      id: article.id,
      date: article.pubDate,
      memberIds: article.memberIds,
      tagSlugs: (tagsOf.get(article.id) ?? []).map((tag) => tag.slug),
      article,
    })),
  );

  const years = new Map<string, T[]>();
  const linksOf = new Map<string, ArticleLinks<T>>();
  newestFirst.forEach((article, index) => {
    appendTo(years, article.year, article);
    linksOf.set(article.id, {
      tags: tagsOf.get(article.id) ?? [],
      related: (related.get(article.id) ?? []).map((other) => other.article),
      newer: newestFirst[index - 1],
      older: newestFirst[index + 1],
    });
  });

  return {
    tags,
    years: [...years].map(([year, items]) => ({ year, items })),
    linksOf,
  };
}
