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
  /** The article's language, as `Intl` writes it: `it-IT` unless given. */
  inLanguage?: string;
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
    inLanguage: facts.inLanguage ?? "it-IT",
  };
}

/** JSON for an inline script element: `<` escaped so no text can close the element early. */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export interface EventFacts {
  url: string;
  name: string;
  description: string;
  /** ISO 8601 in Rome's time: `2027-03-20T09:30:00+01:00`, or `2027-03-20` for a whole day. */
  startDate: string;
  endDate?: string | undefined;
  cancelled: boolean;
  place?:
    | { name: string; streetAddress: string; city: string; province?: string | undefined }
    | undefined;
  online?: string | undefined;
  registration?: string | undefined;
  /** Each organizer's name and page. */
  organizers: readonly { name: string; url: string }[];
  imageUrl?: string | undefined;
  /** The page's language, as Intl names it; Italian if not given. */
  inLanguage?: string | undefined;
}

/** The schema.org Event of an event page, with its status and how to attend it. */
export function eventJsonLd(facts: EventFacts): Record<string, unknown> {
  const { place, online } = facts;
  const mode =
    place && online
      ? "MixedEventAttendanceMode"
      : online
        ? "OnlineEventAttendanceMode"
        : "OfflineEventAttendanceMode";
  const locations = [
    place && {
      "@type": "Place",
      name: place.name,
      address: {
        "@type": "PostalAddress",
        streetAddress: place.streetAddress,
        addressLocality: place.city,
        ...(place.province ? { addressRegion: place.province } : {}),
        addressCountry: "IT",
      },
    },
    online && { "@type": "VirtualLocation", url: online },
  ].filter(Boolean);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    url: facts.url,
    name: facts.name,
    description: facts.description,
    startDate: facts.startDate,
    ...(facts.endDate ? { endDate: facts.endDate } : {}),
    eventStatus: `https://schema.org/${facts.cancelled ? "EventCancelled" : "EventScheduled"}`,
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: locations.length === 1 ? locations[0] : locations,
    organizer: facts.organizers.map(({ name, url }) => ({ "@type": "Organization", name, url })),
    ...(facts.registration ? { offers: { "@type": "Offer", url: facts.registration } } : {}),
    ...(facts.imageUrl ? { image: [facts.imageUrl] } : {}),
    inLanguage: facts.inLanguage ?? "it-IT",
  };
}
