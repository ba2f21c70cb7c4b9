/**
 * The search's code downloads when the reader shows they mean to search: the header's field gets
 * the focus (a tap, a click, Tab, the `/` key), or they arrive on the search page. Until then a
 * page carries only this, inline: no page downloads any of the search before that.
 */
const form = document.querySelector<HTMLFormElement>("header [data-search-code]");
const start = () => void import(/* @vite-ignore */ form?.dataset["searchCode"] ?? "");
if (form?.hasAttribute("data-quick-search")) {
  form.querySelector("input")?.addEventListener("focus", start, { once: true });
}
if (document.querySelector("[data-search-app]")) start();

export {};
