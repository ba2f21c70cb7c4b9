/**
 * The site's two languages. Italian is the site: complete, at the root, the `x-default` of every
 * pair. English is the part for partners abroad, under /en/ (routes.ts), written by translators.
 */
import { ENGLISH_ROOT } from "../routes.ts";

export const LANGUAGES = ["it", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "it";

export interface LanguageInfo {
  /** `<html lang>`, `hreflang` and the RSS `<language>`. */
  tag: string;
  /** `Intl`'s locale: dates, numbers, plurals and sorting. */
  intl: string;
  /** Open Graph's `og:locale`. */
  ogLocale: string;
  /** The language's own name, in itself: the header's language link. */
  name: string;
}

export const languages: Record<Language, LanguageInfo> = {
  it: { tag: "it", intl: "it-IT", ogLocale: "it_IT", name: "Italiano" },
  en: { tag: "en", intl: "en-GB", ogLocale: "en_GB", name: "English" },
};

/** The other language, where the language link leads. */
export const otherLanguage = (language: Language): Language => (language === "it" ? "en" : "it");

/** A page's language, from its address: everything under /en/ is English. */
export function languageOfPath(pathname: string): Language {
  return pathname === ENGLISH_ROOT.slice(0, -1) || pathname.startsWith(ENGLISH_ROOT) ? "en" : "it";
}

/** The `lang` of Italian words on a page in `language` (an editor's label, an Italian title). */
export const italianOn = (language: Language): string | undefined =>
  language === DEFAULT_LANGUAGE ? undefined : languages[DEFAULT_LANGUAGE].tag;
