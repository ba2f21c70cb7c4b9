import { getImage } from "astro:assets";
import * as italian from "../../i18n/it.ts";
import { languageOfPath, languages } from "../../i18n/languages.ts";
import { site } from "../../site.ts";
import type { SearchRecord } from "../search/search-record.ts";
import type { ArticleWithLinks } from "../data/site-types.ts";
import { absoluteUrl, siteCardImage } from "../site/page-meta.ts";
import { heroShareImage } from "../social-cards/share-image.ts";
import { newsArticleJsonLd } from "../site/structured-data.ts";
import {
  articleCard,
  articleCardAddress,
  cardImage,
  type CardOrder,
} from "../social-cards/card-image.ts";

/**
 * The card drawn for an article, when it has one of its own (`site.ownSocialCardMonths`). Its
 * page announces it and the build's last step draws it, both from this one order.
 */
export function articleCardOrder(article: ArticleWithLinks): CardOrder | undefined {
  if (!article.ownCard) return undefined;
  return {
    path: articleCardAddress(article.path),
    card: articleCard(
      article.entry.data.title,
      article.pubDate,
      site.name,
      languageOfPath(article.path),
    ),
  };
}

/** How an article shows when shared: its hero image at 1200 px, its own card, or the site's. */
export async function articleSocialImage(article: ArticleWithLinks) {
  const hero = article.entry.data.image;
  if (!hero) {
    if (!article.ownCard) return siteCardImage;
    return cardImage(articleCardAddress(article.path), article.entry.data.title);
  }
  return heroShareImage(hero);
}

export function articleJsonLd(article: ArticleWithLinks, imageUrl: string) {
  const { title, description, updatedDate, author } = article.entry.data;
  return newsArticleJsonLd({
    url: absoluteUrl(article.path),
    headline: title,
    description,
    published: article.pubDate,
    modified: updatedDate,
    author: author ?? site.defaultAuthor,
    authorIsNewsroom: !author,
    imageUrl: absoluteUrl(imageUrl),
    publisherName: site.name,
    publisherUrl: site.url.href,
    publisherLogoUrl: absoluteUrl("/icon-512.png"),
    inLanguage: languages[languageOfPath(article.path)].intl,
  });
}

/** How the search index files an article: section, tags, year, date and a small thumbnail. */
export async function articleSearchRecord(
  article: ArticleWithLinks,
  { t }: italian.Words = italian,
): Promise<SearchRecord> {
  const hero = article.entry.data.image;
  const thumbnail = hero && (await getImage({ src: hero.src, width: 160, format: "webp" }));
  return {
    section: t.searchSections.news,
    filters: { argomento: article.tags.map((tag) => tag.label), anno: [article.year] },
    date: article.pubDate,
    image: hero && thumbnail ? { url: thumbnail.src, alt: hero.alt } : undefined,
  };
}
