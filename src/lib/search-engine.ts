/**
 * How the pages load Pagefind, the search engine: the addresses of its files and the options
 * every page gives it, so that the header's field and the search page fill one HTTP cache and
 * the search page can ask for the files it will need before its script runs.
 */
import { routes } from "../routes";

/**
 * One value per build, for the address of Pagefind's entry file (`?ts=`): Pagefind adds the time
 * of each visit instead, which no `<link rel="preload">` can name in advance. A new build, a new
 * address, so no cache keeps an entry file that names an index a deploy has replaced.
 */
let tag: string | undefined;
export function searchIndexTag(now = Date.now()): string {
  tag ??= now.toString(36);
  return tag;
}

export const searchEngineFiles = {
  /** The engine's code, a module the page imports. */
  bundle: () => `${routes.searchEngine()}pagefind.js`,
  entry: (indexTag: string) =>
    `${routes.searchEngine()}pagefind-entry.json?ts=${encodeURIComponent(indexTag)}`,
  /** Its WebAssembly, one per language with a stemmer (Italian has one). */
  wasm: (language: string) => `${routes.searchEngine()}wasm.${language}.pagefind`,
};

/** What the pages give `pagefind.options()` before anything is downloaded. */
export function searchEngineOptions(indexTag: string) {
  return {
    /** Words of text around the matches in each result. */
    excerptLength: 24,
    /**
     * Pagefind 1.6 searches in a web worker by default: one more file to wait for (the worker's
     * own copy of the engine) before the index is even asked for, and a worker cannot use the
     * files the page preloaded. The search of a site this size takes milliseconds on the page.
     */
    noWorker: true,
    metaCacheTag: indexTag,
  };
}

export type SearchEngineOptions = ReturnType<typeof searchEngineOptions>;

/**
 * The attributes of a search field that loads Pagefind: its address and options, read by the
 * header's script (search-intent.ts) and the search page's (search-page.ts).
 */
export function searchEngineAttributes(indexTag: string) {
  return {
    "data-engine": searchEngineFiles.bundle(),
    "data-engine-options": JSON.stringify(searchEngineOptions(indexTag)),
  };
}
