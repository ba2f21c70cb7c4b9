/**
 * The two languages of one page: its hreflang alternates and the header's language link, from
 * the pairs the data gateway makes (EnglishData.counterparts). One function each, tested on
 * their own, used by the layout; the sitemap repeats what the pages' heads say.
 */
import { languageOfPath, languages, otherLanguage, type Language } from "../../i18n/languages.ts";
import { enRoutes, routes } from "../../routes.ts";

export interface Alternate {
  /** `it`, `en` or `x-default`. */
  hreflang: string;
  /** Absolute, as search engines require. */
  href: string;
}

/**
 * Both versions of a translated page and `x-default` (the Italian one), each naming both, so every
 * pair points both ways; none for a page with no counterpart.
 */
export function alternatesOf(
  pathname: string,
  counterparts: ReadonlyMap<string, string>,
  siteUrl: URL,
): Alternate[] {
  const other = counterparts.get(pathname);
  if (!other) return [];
  const italian = languageOfPath(pathname) === "it" ? pathname : other;
  const english = italian === pathname ? other : pathname;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  return [
    { hreflang: languages.it.tag, href: absolute(italian) },
    { hreflang: languages.en.tag, href: absolute(english) },
    { hreflang: "x-default", href: absolute(italian) },
  ];
}

export interface LanguageLink {
  href: string;
  /** The language it leads to, whose words it is written in. */
  language: Language;
}

/** The same page in the other language, or that language's home page where there is none. */
export function languageLinkOf(
  pathname: string,
  counterparts: ReadonlyMap<string, string>,
): LanguageLink {
  const language = otherLanguage(languageOfPath(pathname));
  const home = language === "en" ? enRoutes.home() : routes.home();
  return { href: counterparts.get(pathname) ?? home, language };
}

/**
 * A link from a page in `language` to an Italian page: its English version on an English page
 * where there is one, else the Italian page, marked with `hreflang` as being in Italian.
 */
export function linkInLanguage(
  italianPath: string,
  language: Language,
  counterparts: ReadonlyMap<string, string>,
): { href: string; hreflang?: string } {
  if (language === "it") return { href: italianPath };
  const english = counterparts.get(italianPath);
  return english ? { href: english } : { href: italianPath, hreflang: languages.it.tag };
}
