/**
 * Which articles get a social card drawn for them. Drawing costs about 30 ms of CPU a card, and
 * a reader shares the news of the last months, rarely an old article: those share the site's
 * card. The span is counted back from the newest published article, not from the day of the
 * build, so the same content builds the same cards on any day.
 */

/** What the rule needs of an article. */
export interface CardCandidate {
  pubDate: Date;
  /** An article with a hero image shares that image and needs no card. */
  hasImage: boolean;
}

/** The moment after which articles get a card of their own: `months` before the newest article. */
export function ownCardsAfter(newestPublished: Date | undefined, months: number): Date | undefined {
  if (!newestPublished) return undefined;
  const after = new Date(newestPublished);
  after.setUTCMonth(after.getUTCMonth() - months);
  return after;
}

/** Whether an article shares a card drawn for it, given the moment from `ownCardsAfter`. */
export function hasOwnCard(article: CardCandidate, after: Date | undefined): boolean {
  return !article.hasImage && after !== undefined && article.pubDate.getTime() > after.getTime();
}
