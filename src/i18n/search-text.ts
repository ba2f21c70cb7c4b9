/**
 * The search's words in the browser, in the page's language (`<html lang>`, which Pagefind also
 * reads to pick its index): only the search's part of each dictionary, for the scripts' size.
 */
import { searchText as english } from "./en.ts";
import { searchText as italian, type SearchText } from "./it.ts";

export const pageSearchText = (): SearchText =>
  document.documentElement.lang === "en" ? english : italian;
