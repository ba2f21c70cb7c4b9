/**
 * What the header's inline script (src/scripts/search-intent.ts) and the search's code share
 * when they start Pagefind's downloads. Kept apart, free of imports, because the
 * inline script is on every page and must stay small.
 */

/** Stands for the tag or the index's hash in the file addresses the header hands the script. */
export const FILE_NAME_SLOT = "_";

/**
 * The key in `document.documentElement.dataset` of the tag under which the script asked for the
 * entry file: Pagefind must ask under the same one (its `metaCacheTag`) to find it in the cache.
 */
export const ENTRY_TAG_KEY = "searchTag";

/**
 * Downloads a file whole, so that the HTTP cache answers Pagefind's worker, which asks next. A
 * failure is not reported here: whoever needs the file asks for it again, and says so.
 */
export const downloadIntoCache = (file = ""): Promise<unknown> =>
  fetch(file)
    .then((response) => response.arrayBuffer())
    .catch(() => undefined);

/**
 * An import of `address` that can be tried again after it failed: the browser keeps a failed
 * import's error under its address, so each new attempt asks under another (a fragment, which
 * the server never sees). The first attempt keeps the address a page may have preloaded.
 */
export function retryableImport(address = ""): () => Promise<unknown> {
  let attempt = 0;
  return () => {
    const next = attempt++ ? `${address}#${attempt}` : address;
    return import(/* @vite-ignore */ next);
  };
}
