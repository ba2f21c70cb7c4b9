/**
 * A page's words, by language: its dictionary, its labels, its dates and its addresses. Every
 * component takes them from the page's address (`textOf(Astro.url)`): the language of a page is
 * where it lives (everything under /en/ is English, routes.ts), so no prop needs threading
 * through every component, and a component cannot show one language on a page of the other.
 */
import { enRoutes, routes } from "../routes.ts";
import { formatEnglishDate, formatItalianDate } from "../lib/text/dates.ts";
import * as en from "./en.ts";
import * as it from "./it.ts";
import { languageOfPath, languages, type Language } from "./languages.ts";
import { mainNavigation, navigationIn, type NavigationLink } from "../site.ts";

/**
 * The English addresses over the Italian ones: a section with no English pages (tags, archive,
 * calendar, newsletter) keeps its Italian address, and its links say so with `hreflang`.
 */
const englishRoutes = { ...routes, ...enRoutes } satisfies typeof routes;

export interface Text {
  language: Language;
  /** `<html lang>` and `hreflang`. */
  tag: string;
  /** `Intl`'s locale, for sorting and numbers. */
  locale: string;
  t: it.Dictionary;
  memberTypeLabels: typeof it.memberTypeLabels;
  groupStatusLabels: typeof it.groupStatusLabels;
  provinceNames: typeof it.provinceNames;
  /** "30 novembre 2026", "30 November 2026": the day in Italy, in the page's language. */
  formatDate: (date: Date) => string;
  routes: typeof routes;
  navigation: readonly NavigationLink[];
}

const texts: Record<Language, Text> = {
  it: {
    language: "it",
    tag: languages.it.tag,
    locale: languages.it.intl,
    t: it.t,
    memberTypeLabels: it.memberTypeLabels,
    groupStatusLabels: it.groupStatusLabels,
    provinceNames: it.provinceNames,
    formatDate: formatItalianDate,
    routes,
    navigation: mainNavigation,
  },
  en: {
    language: "en",
    tag: languages.en.tag,
    locale: languages.en.intl,
    t: en.t,
    memberTypeLabels: en.memberTypeLabels,
    groupStatusLabels: en.groupStatusLabels,
    provinceNames: en.provinceNames,
    formatDate: formatEnglishDate,
    routes: englishRoutes,
    navigation: navigationIn(englishRoutes, en.t.navigation),
  },
};

export const textFor = (language: Language): Text => texts[language];

/** The words of the page at this address. */
export const textOf = (url: URL): Text => texts[languageOfPath(url.pathname)];
