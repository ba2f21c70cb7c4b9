/**
 * The search's code downloads when the reader shows they mean to search: the header's field gets
 * the focus (a tap, a click, Tab, the `/` key), or they arrive on the search page. Until then a
 * page carries only this, inline: no page downloads any of the search before that.
 */
import {
  downloadIntoCache,
  ENTRY_TAG_KEY,
  FILE_NAME_SLOT,
  retryableImport,
} from "../lib/search/index-handover";
import type { EntryFile } from "../lib/search/pagefind-files";

const form = document.querySelector<HTMLFormElement>("header [data-search-code]");
const data: DOMStringMap = form?.dataset ?? {};
const root = document.documentElement;
const importSearchCode = retryableImport(data["searchCode"]);
const start = () => {
  // Pagefind's code, worker and WebAssembly download beside the search's code, not after it:
  // the search's code asks for them again, and the HTTP cache answers (public/_headers).
  for (const file of data["searchStart"]?.split(" ") ?? []) void downloadIntoCache(file);
  return importSearchCode();
};
/**
 * From the header's field, the entry file and the metadata it names download too, without
 * waiting for the search's code to run: on a phone that takes half a second, while the reader
 * types. `/cerca/` names both in its own HTML instead (search-loader.ts).
 */
const startWithIndex = () => {
  const started = start();
  const [entry, metadata] = data["searchEntryFiles"]?.split(" ") ?? [];
  const tag = (root.dataset[ENTRY_TAG_KEY] = `${Date.now()}`);
  fetch(entry?.replace(FILE_NAME_SLOT, tag) ?? "")
    .then((response) => response.json())
    .then((file: EntryFile) =>
      downloadIntoCache(metadata?.replace(FILE_NAME_SLOT, file.languages[root.lang]?.hash ?? "")),
    )
    .catch(() => undefined);
  return started;
};
let starting: Promise<unknown> | undefined;
// A download that failed (a dropped connection) is tried again on the next focus: the field
// would otherwise keep its words and never answer. The built search's code is one file, so
// asking for it again is enough.
document.querySelector("header [data-quick-search] input")?.addEventListener("focus", () => {
  starting ??= startWithIndex().catch(() => (starting = undefined));
});
// The search page says so instead (the form, sent again, reloads the page, which tries again).
if (document.querySelector("[data-search-app]"))
  start().catch(() =>
    document.querySelector("[data-search-code-failed]")?.removeAttribute("hidden"),
  );

export {};
