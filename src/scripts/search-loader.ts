/**
 * Pagefind in the browser, loaded once per page by whichever field asks first.
 *
 * Left to itself, Pagefind starts with a chain of downloads, each waiting on the one before:
 * its code, then its worker, then the entry file, then the metadata and the WebAssembly. On a
 * phone's network every link of the chain costs a round trip, and the chain cost about a second
 * before the index could be read. The page starts them all at once instead, before this code
 * has even arrived (search-intent.ts): the code, worker and WebAssembly, and from the header's
 * field the entry file under an address of this page's own (Pagefind's `metaCacheTag`) and the
 * metadata it names; `/cerca/` preloads the last two from its head. Pagefind's worker, asking
 * next, finds each in the HTTP cache or joins the download under way: `_headers` lets the
 * browser keep them (public/_headers).
 */
import { pageSearchText } from "../i18n/search-text";
import { INDEX_HASH_ATTRIBUTE, indexFiles, searchEngineFiles } from "../lib/search/pagefind-files";
import { downloadIntoCache, ENTRY_TAG_KEY, retryableImport } from "../lib/search/index-handover";
import type { FilterCounts } from "../lib/search/search-filters";
import type { ResultData } from "./search-view";

export interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  /** Among these results, how many have each filter value. */
  filters: FilterCounts;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  /** Starts downloading the entry file, the metadata and the WebAssembly. */
  init: () => Promise<void>;
  /** Downloads the index chunks a term needs, without searching. */
  preload: (term: string) => Promise<void>;
  /** Every filter value with its count; loads the filter index, which search() does not. */
  filters: () => Promise<FilterCounts>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<SearchResponse>;
}

/**
 * What the page gives `pagefind.options()` before anything is downloaded. Pagefind keeps its
 * default of searching in a web worker: on the page, unpacking its WebAssembly and index and
 * searching them blocked the main thread long enough to cost `/cerca/` its Lighthouse score
 * (Total Blocking Time 450 ms on arrival, 130 ms with a query), for no gain in time to the
 * first result that outweighed it.
 */
const ENGINE_OPTIONS = {
  /** Words of text around the matches in each result. */
  excerptLength: 24,
};

const importPagefind = retryableImport(searchEngineFiles.bundle());

async function start(): Promise<Pagefind> {
  const indexHash =
    document
      .querySelector<HTMLElement>(`[${INDEX_HASH_ATTRIBUTE}]`)
      ?.getAttribute(INDEX_HASH_ATTRIBUTE) || undefined;
  // The index's own hash where the page knows it (`/cerca/`), else the tag unique to this page
  // that the header's script asked the entry file under: never an entry file cached for an
  // earlier index. The header's script has already asked for the entry file and the metadata;
  // `/cerca/` preloads them from its head, and a preload is kept for a fetch from the page
  // itself, not from Pagefind's worker: this fetch takes it, so the worker finds the HTTP cache.
  const tag = indexHash ?? document.documentElement.dataset[ENTRY_TAG_KEY] ?? `${Date.now()}`;
  for (const file of indexHash ? indexFiles(indexHash) : []) {
    void downloadIntoCache(file);
  }
  const pagefind = (await importPagefind()) as Pagefind;
  await pagefind.options({ ...ENGINE_OPTIONS, metaCacheTag: tag });
  // A failure here shows on the first search, which asks again.
  pagefind.init().catch(() => undefined);
  return pagefind;
}

/**
 * What a field says when the engine cannot be loaded. The preview has no index to load: Pagefind
 * writes it after Astro's build, into the built site.
 */
export const searchFailure = import.meta.env.DEV
  ? pageSearchText().searchNotBuilt
  : pageSearchText().searchUnavailable;

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loading or loaded; after a failure the next call tries again. */
export function loadSearchEngine(): Promise<Pagefind> {
  loading ??= start().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Milliseconds without a key before a search runs. Longer than the gap between two keys of a
 * brisk typist (about 180 ms on a phone): each search of a word typed halfway would download its
 * results and keep the worker busy while the reader finishes the word.
 */
export const TYPING_PAUSE_MS = 200;

/** Letters a word needs before its part of the index is worth downloading ahead of the search. */
const PRELOAD_FROM_LETTERS = 4;

/**
 * Starts downloading the index chunks for the words typed so far, while the reader types. The
 * first letter or two of a word name chunks of other words than the one being typed.
 */
export function preloadWhileTyping(text: string): void {
  const word = text.trim().split(/\s+/).at(-1) ?? "";
  loadSearchEngine().then(
    (engine) => (word.length >= PRELOAD_FROM_LETTERS ? engine.preload(text.trim()) : undefined),
    () => undefined,
  );
}
