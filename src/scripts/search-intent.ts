/**
 * The search's code downloads when the reader shows they mean to search: the header's field gets
 * the focus (a tap, a click, Tab, the `/` key), or they arrive on the search page. Until then a
 * page carries only this, inline: no page downloads any of the search before that.
 */
const form = document.querySelector<HTMLFormElement>("header [data-search-code]");
const start = () => {
  // Pagefind's code, worker and WebAssembly download beside the search's code, not after it:
  // the search's code asks for them again, and the HTTP cache answers (public/_headers).
  for (const file of form?.dataset["searchStart"]?.split(" ") ?? []) {
    fetch(file)
      .then((response) => response.arrayBuffer())
      .catch(() => undefined);
  }
  void import(/* @vite-ignore */ form?.dataset["searchCode"] ?? "");
};
if (form?.hasAttribute("data-quick-search")) {
  form.querySelector("input")?.addEventListener("focus", start, { once: true });
}
if (document.querySelector("[data-search-app]")) start();

export {};
