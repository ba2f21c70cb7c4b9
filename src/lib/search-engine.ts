/**
 * How the pages load Pagefind, the search engine: the address of its code and the options every
 * page gives it, so that the header's field and the search page fill one HTTP cache.
 */
import { routes } from "../routes";

export const searchEngineFiles = {
  /** The engine's code, a module the page imports; the rest it finds from there. */
  bundle: () => `${routes.searchEngine()}pagefind.js`,
};

/**
 * What the pages give `pagefind.options()` before anything is downloaded. Pagefind keeps its
 * default of searching in a web worker: on the page, unpacking its WebAssembly and index and
 * searching them blocked the main thread long enough to cost `/cerca/` its Lighthouse score
 * (Total Blocking Time 450 ms on arrival, 130 ms with a query), for no gain in time to the
 * first result that outweighed it.
 */
export function searchEngineOptions() {
  return {
    /** Words of text around the matches in each result. */
    excerptLength: 24,
  };
}

/**
 * The attributes of a search field that loads Pagefind: its address and options, read by the
 * header's script (search-intent.ts) and the search page's (search-page.ts).
 */
export function searchEngineAttributes() {
  return {
    "data-engine": searchEngineFiles.bundle(),
    "data-engine-options": JSON.stringify(searchEngineOptions()),
  };
}
