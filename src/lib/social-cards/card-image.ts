/**
 * Social cards as pages name them: their size, address and words. Apart from the code that
 * draws them (social-card.ts, with satori, resvg and sharp), which pages need not load.
 */
import { t as english } from "../../i18n/en.ts";
import { t as italian } from "../../i18n/it.ts";
import type { Language } from "../../i18n/languages.ts";
import { formatEnglishDate, formatItalianDate } from "../text/dates.ts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/**
 * A recent article without a hero image shares `<its address>card.png`; the build's last step
 * draws it (scripts/build/finish-build.ts) on every core.
 */
export const ARTICLE_CARD_FILE = "card.png";

/** The address of an article's own card, beside its page. */
export function articleCardAddress(articlePath: string): string {
  return `${articlePath}${ARTICLE_CARD_FILE}`;
}

/** A card as a page's shared image. */
export function cardImage(url: string, alt: string) {
  return { url, alt, width: CARD_WIDTH, height: CARD_HEIGHT };
}

export interface CardText {
  /** The big line: an article's title. */
  title: string;
  /** The small line above it: the section or the date. */
  kicker: string;
  /** The site's name, at the foot of the card. */
  siteName: string;
}

/** A card the build draws: its address in the site, and what it says. */
export interface CardOrder {
  path: string;
  card: CardText;
}

/** The card of an article without a hero image of its own, in the article's language. */
export function articleCard(
  title: string,
  published: Date,
  siteName: string,
  language: Language = "it",
): CardText {
  const kicker =
    language === "en"
      ? `${english.newsSection} · ${formatEnglishDate(published)}`
      : `${italian.newsSection} · ${formatItalianDate(published)}`;
  return { title, kicker, siteName };
}
