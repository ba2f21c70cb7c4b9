/**
 * Pagefind in the browser, loaded once per page by whichever field asks first.
 *
 * Left to itself, Pagefind starts with a chain of downloads, each waiting on the one before:
 * its code, then its worker, then the entry file, then the metadata and the WebAssembly. On a
 * phone's network every link of the chain costs a round trip, and the chain cost about a second
 * before the index could be read. The page starts them all at once instead: the worker and the
 * WebAssembly, the entry file under an address of this page's own (Pagefind's `metaCacheTag`),
 * and the metadata it names. Pagefind's worker, asking next, finds each in the HTTP cache or
 * joins the download under way: `_headers` lets the browser keep them (public/_headers).
 */
import { searchEngineFiles, searchEngineOptions } from "../lib/search-engine";
import type { FilterCounts } from "../lib/search-filters";
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

/** The part of Pagefind's entry file that names each language's index. */
interface EntryFile {
  languages: Record<string, { hash: string } | undefined>;
}

/** Downloads a file whole, so that it lands in the HTTP cache; a failure is Pagefind's to see. */
function prefetch(address: string): Promise<Response | undefined> {
  return fetch(address).then(
    async (response) => {
      await response.clone().arrayBuffer();
      return response;
    },
    () => undefined,
  );
}

function startDownloads(tag: string): void {
  // Pagefind picks its index and WebAssembly by the page's language, as here.
  const language = document.documentElement.lang.toLowerCase();
  void prefetch(searchEngineFiles.worker());
  void prefetch(searchEngineFiles.wasm(language));
  void prefetch(searchEngineFiles.entry(tag)).then(async (response) => {
    const entry = (await response?.json().catch(() => undefined)) as EntryFile | undefined;
    const hash = entry?.languages[language]?.hash;
    if (hash) await prefetch(searchEngineFiles.metadata(hash));
  });
}

async function start(): Promise<Pagefind> {
  // Unique to this page: never an entry file cached for an earlier index.
  const tag = `${Date.now()}`;
  startDownloads(tag);
  const pagefind = (await import(/* @vite-ignore */ searchEngineFiles.bundle())) as Pagefind;
  await pagefind.options({ ...searchEngineOptions(), metaCacheTag: tag });
  // A failure here shows on the first search, which asks again.
  pagefind.init().catch(() => undefined);
  return pagefind;
}

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
