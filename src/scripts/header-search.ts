/**
 * The header's search field shows the first results under it as the reader types, on every
 * page but the search page; Enter still opens the search page with every result and filter.
 * This code and Pagefind start downloading when the field gets the focus (search-intent.ts), so
 * that they are ready by the time a word is typed.
 * Escape, or leaving the field and its list, closes the list.
 */
import { pageSearchText } from "../i18n/search-text";

const t = pageSearchText();
import { routes } from "../routes";
import {
  loadSearchEngine,
  preloadWhileTyping,
  searchFailure,
  TYPING_PAUSE_MS,
} from "./search-loader";
import { drawList, quickResultItem } from "./search-view";

/** Results listed under the field: each costs a download of its own. */
const SHOWN = 5;

function headerParts() {
  const form = document.querySelector<HTMLFormElement>("header [data-quick-search]");
  const input = form?.querySelector<HTMLInputElement>("input[type=search]");
  const panel = form?.querySelector<HTMLElement>("[data-quick-panel]");
  const status = form?.querySelector<HTMLElement>("[data-quick-status]");
  const list = form?.querySelector<HTMLOListElement>("[data-quick-results]");
  const all = form?.querySelector<HTMLAnchorElement>("[data-quick-all]");
  if (!form || !input || !panel || !status || !list || !all) return undefined;
  return { form, input, panel, status, list, all };
}

export function startHeaderSearch(): void {
  const parts = headerParts();
  if (!parts) return;
  const { form, input, panel, status, list, all } = parts;
  let latest = 0;
  let pause: number | undefined;

  const open = () => {
    panel.setAttribute("data-open", "");
  };
  /** The list and its link to all results are shown and hidden together. */
  const showList = (shown: boolean) => {
    list.hidden = !shown;
    all.hidden = !shown;
  };
  const clearList = () => {
    list.replaceChildren();
    showList(false);
  };
  const close = () => {
    latest++;
    window.clearTimeout(pause);
    panel.removeAttribute("data-open");
    status.textContent = "";
    clearList();
  };

  const search = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      close();
      return;
    }
    try {
      const engine = await loadSearchEngine();
      // Only the newest words are searched once the engine is ready.
      if (ticket !== latest) return;
      const { results } = await engine.search(query);
      if (ticket !== latest) return;
      all.href = routes.search(query);
      const announce = () => {
        status.textContent = t.searchResultCount(results.length, query);
        open();
      };
      if (results.length === 0) {
        clearList();
        announce();
        return;
      }
      await drawList(list, results.slice(0, SHOWN), quickResultItem, {
        replace: true,
        wanted: () => ticket === latest,
        onFirst: () => {
          showList(true);
          announce();
        },
      });
    } catch {
      if (ticket !== latest) return;
      showList(false);
      status.textContent = searchFailure;
      open();
    }
  };

  const fromInside = (event: FocusEvent) =>
    event.relatedTarget instanceof Node && form.contains(event.relatedTarget);
  input.addEventListener("focus", (event) => {
    loadSearchEngine().catch(() => undefined);
    // Back in the field with words in it: their results again, unless Escape just closed them.
    if (input.value.trim() && !fromInside(event)) void search();
  });
  input.addEventListener("input", () => {
    preloadWhileTyping(input.value);
    window.clearTimeout(pause);
    pause = window.setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  form.addEventListener("keydown", (event) => {
    // In a search field Escape also empties it: here it first closes the list.
    if (event.key !== "Escape" || !panel.hasAttribute("data-open")) return;
    event.preventDefault();
    close();
    input.focus();
  });
  form.addEventListener("focusout", (event) => {
    if (!fromInside(event)) close();
  });
  // This code arrives after the field got the focus, maybe after the first letters.
  if (document.activeElement === input) {
    loadSearchEngine().catch(() => undefined);
    if (input.value.trim()) void search();
  }
}
