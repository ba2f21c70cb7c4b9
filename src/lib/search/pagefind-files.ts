/**
 * Where Pagefind, the search engine, keeps its files: the pages, the headers' tests and the
 * scripts that load it take the addresses from here.
 */
import { routes } from "../../routes.ts";
import { FILE_NAME_SLOT } from "./index-handover.ts";

const folder = routes.searchEngine();

export const searchEngineFiles = {
  /** The engine's code, a module the page imports; the rest it finds from there. */
  bundle: () => `${folder}pagefind.js`,
  /** The web worker the code starts, which downloads and searches the index. */
  worker: () => `${folder}pagefind-worker.js`,
  /** The WebAssembly for a language, with its stemmer. */
  wasm: (language: string) => `${folder}wasm.${language}.pagefind`,
  /** The entry file, under the address Pagefind asks for once given `metaCacheTag: tag`. */
  entry: (tag: string) => `${folder}pagefind-entry.json?ts=${encodeURIComponent(tag)}`,
  /** The metadata of every page, for an index named in the entry file. */
  metadata: (indexHash: string) => `${folder}pagefind.${indexHash}.pf_meta`,
};

/** What Pagefind's entry file says of each language's index. */
export interface EntryFile {
  languages: Record<string, { hash: string; page_count: number } | undefined>;
}

/**
 * Pagefind's files that do not depend on the index, in a page's language: the page starts their
 * downloads with the search's own code, rather than once that code has run.
 */
export function searchEngineStartFiles(language: string): string[] {
  return [searchEngineFiles.bundle(), searchEngineFiles.worker(), searchEngineFiles.wasm(language)];
}

/** The entry file's and the metadata's addresses, each with a slot for the name's variable part. */
export function indexFileTemplates(): string[] {
  return [searchEngineFiles.entry(FILE_NAME_SLOT), searchEngineFiles.metadata(FILE_NAME_SLOT)];
}

/**
 * The attribute of a page that searches on arrival (`/cerca/`): the build's last step, once the
 * index exists, writes the index's hash into it (scripts/build/search-index.ts). The page then
 * downloads the entry file and the metadata with its own HTML, rather than the entry file first
 * to learn the metadata's name from it.
 */
export const INDEX_HASH_ATTRIBUTE = "data-search-index";

/**
 * The index's files such a page preloads: the entry file, under the index's hash as Pagefind's
 * `metaCacheTag` (one address per index, so never a stale entry from the HTTP cache), and the
 * metadata of every page.
 */
export function indexFiles(indexHash: string): string[] {
  return [searchEngineFiles.entry(indexHash), searchEngineFiles.metadata(indexHash)];
}
