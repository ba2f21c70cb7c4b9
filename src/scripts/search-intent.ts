/**
 * The search's code downloads when the reader shows they mean to search: the header's field gets
 * the focus (a tap, a click, Tab, the `/` key), or they arrive on the search page. Until then a
 * page carries only this, inline: no page downloads any of the search before that.
 */
import { downloadIntoCache, ENTRY_TAG_KEY, FILE_NAME_SLOT } from "../lib/search/index-handover";
import type { EntryFile } from "../lib/search/pagefind-files";

const form = document.querySelector<HTMLFormElement>("header [data-search-code]");
const data: DOMStringMap = form?.dataset ?? {};
const root = document.documentElement;
const start = () => {
  // Pagefind's code, worker and WebAssembly download beside the search's code, not after it:
  // the search's code asks for them again, and the HTTP cache answers (public/_headers).
  for (const file of data["searchStart"]?.split(" ") ?? [])
    downloadIntoCache(file).catch(() => undefined);
  void import(/* @vite-ignore */ data["searchCode"] ?? "");
};
/**
 * From the header's field, the entry file and the metadata it names download too, without
 * waiting for the search's code to run: on a phone that takes half a second, while the reader
 * types. `/cerca/` names both in its own HTML instead (search-loader.ts).
 */
const startWithIndex = () => {
  start();
  const [entry, metadata] = data["searchEntryFiles"]?.split(" ") ?? [];
  const tag = (root.dataset[ENTRY_TAG_KEY] = `${Date.now()}`);
  fetch(entry?.replace(FILE_NAME_SLOT, tag) ?? "")
    .then((response) => response.json())
    .then((file: EntryFile) =>
      downloadIntoCache(metadata?.replace(FILE_NAME_SLOT, file.languages[root.lang]?.hash ?? "")),
    )
    .catch(() => undefined);
};
if (form?.hasAttribute("data-quick-search")) {
  form.querySelector("input")?.addEventListener("focus", startWithIndex, { once: true });
}
if (document.querySelector("[data-search-app]")) start();

export {};
