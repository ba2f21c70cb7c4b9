export interface NewsArticleFacts {
  url: string;
  headline: string;
  description: string;
  published: Date;
  modified?: Date | undefined;
  author: string;
  /** True when the byline is the newsroom rather than a person. */
  authorIsNewsroom: boolean;
  imageUrl: string;
  publisherName: string;
  publisherUrl: string;
  publisherLogoUrl: string;
}

/** The schema.org NewsArticle that search engines read from an article page. */
export function newsArticleJsonLd(facts: NewsArticleFacts): Record<string, unknown> {
  const publisher = {
    "@type": "Organization",
    name: facts.publisherName,
    url: facts.publisherUrl,
    logo: { "@type": "ImageObject", url: facts.publisherLogoUrl },
  };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": facts.url },
    url: facts.url,
    headline: facts.headline,
    description: facts.description,
    image: [facts.imageUrl],
    datePublished: facts.published.toISOString(),
    dateModified: (facts.modified ?? facts.published).toISOString(),
    author: facts.authorIsNewsroom
      ? { "@type": "Organization", name: facts.author, url: facts.publisherUrl }
      : { "@type": "Person", name: facts.author },
    publisher,
    inLanguage: "it-IT",
  };
}

/** JSON for an inline script element: `<` escaped so no text can close the element early. */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
