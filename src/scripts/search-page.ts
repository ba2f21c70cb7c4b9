/**
 * The search page: reads the query and filters from the address, asks Pagefind, and keeps the
 * address in step so a search can be shared, bookmarked and restored with the back button.
 * Pagefind starts loading with the first search, or when the field gets the focus
 * (search-engine.ts); the page's head has already asked for its code.
 */
import { pageSearchText } from "../i18n/search-text";

const t = pageSearchText();
import { choiceCounts, pagefindFilters, SEARCH_FILTERS } from "../lib/search/search-filters";
import type { ChosenFilters, FilterCounts } from "../lib/search/search-filters";
import { SEARCH_PAGE_SIZE } from "../lib/search/result-pages";
import { asksForResults, readState, stateAddress, tickedCount } from "./search-state";
import {
  loadSearchEngine,
  preloadWhileTyping,
  searchFailure,
  TYPING_PAUSE_MS,
  type SearchResponse,
} from "./search-loader";
import { drawList, filterFieldsets, resultItem } from "./search-view";

/** The page's parts, found by their data-search-* names; undefined if one is missing. */
function pageElements() {
  const get = <E extends Element>(name: string, type: new () => E): E | undefined => {
    const found = document.querySelector(`[data-search-${name}]`);
    return found instanceof type ? found : undefined;
  };
  const form = get("form", HTMLFormElement);
  const input = get("input", HTMLInputElement);
  const app = get("app", HTMLElement);
  const options = get("options", HTMLDetailsElement);
  const ticked = get("ticked", HTMLElement);
  const sort = get("sort", HTMLSelectElement);
  const filterBox = get("filters", HTMLElement);
  const status = get("status", HTMLElement);
  const list = get("results", HTMLOListElement);
  const more = get("more", HTMLButtonElement);
  if (!form || !input || !app || !options || !ticked || !sort) return undefined;
  if (!filterBox || !status || !list || !more) return undefined;
  return { form, input, app, options, ticked, sort, filterBox, status, list, more };
}

export function startSearchPage(): void {
  const page = pageElements();
  if (!page) return;
  const { form, input, app, options, ticked, sort, filterBox, status, list, more } = page;

  // The filters are open beside the results on a wide screen, folded above them on a phone,
  // so that a reader on a phone sees the results first.
  const wide = matchMedia(options.dataset["openFrom"] ?? "all");
  const fold = () => {
    options.open = wide.matches;
  };
  fold();
  wide.addEventListener("change", fold);
  app.hidden = false;

  let state = readState(new URL(location.href));
  let latest = 0;
  /** The results of the current search not yet on screen. */
  let waiting: SearchResponse["results"] = [];

  /** Empties the results and the filters, so nothing of an earlier search stays on screen. */
  const clear = (message: string) => {
    filterBox.replaceChildren();
    list.replaceChildren();
    waiting = [];
    more.hidden = true;
    status.textContent = message;
  };
  const fail = (ticket: number) => {
    if (ticket === latest) clear(searchFailure);
  };

  /** Shows the next page of results, each as it arrives; `replace` starts the list afresh. */
  const showMore = async (
    ticket: number,
    replace: boolean,
    /** Called when the first of them is on screen. */
    onFirst?: () => void,
  ): Promise<HTMLLIElement[]> => {
    const next = waiting.slice(0, SEARCH_PAGE_SIZE);
    waiting = waiting.slice(next.length);
    const items = await drawList(list, next, resultItem, {
      replace,
      wanted: () => ticket === latest,
      onFirst,
    });
    if (ticket !== latest) return [];
    more.hidden = waiting.length === 0;
    return items;
  };

  const renderFilters = (counts: FilterCounts, chosen: ChosenFilters) => {
    // A keyboard user who just ticked a box keeps the focus on it across the redraw.
    const focused = filterBox.contains(document.activeElement)
      ? (document.activeElement as HTMLInputElement)
      : undefined;
    filterBox.replaceChildren(...filterFieldsets(counts, chosen));
    if (focused) {
      filterBox
        .querySelector<HTMLInputElement>(
          `input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`,
        )
        ?.focus();
    }
  };

  const run = async () => {
    const ticket = ++latest;
    const { query, sortByDate, filters } = state;
    input.value = query;
    // The same words in the other language's search, which has an index of its own.
    const elsewhere = document.querySelector<HTMLAnchorElement>("[data-search-elsewhere]");
    if (elsewhere) {
      const address = new URL(elsewhere.href);
      address.search = query ? `?q=${encodeURIComponent(query)}` : "";
      elsewhere.href = address.href;
    }
    sort.value = sortByDate ? "data" : "";
    const count = tickedCount(state);
    ticked.textContent = count > 0 ? t.searchTicked(count) : "";
    if (!asksForResults(state)) {
      clear(t.searchPrompt);
      return;
    }
    try {
      const engine = await loadSearchEngine();
      if (ticket !== latest) return;
      const response = await engine.search(query || null, {
        filters: pagefindFilters(filters),
        ...(sortByDate ? { sort: { data: "desc" } } : {}),
      });
      if (ticket !== latest) return;
      waiting = response.results;
      // The count replaces the earlier search's when the list does, not before.
      const announce = () => {
        status.textContent = t.searchResultCount(response.results.length, query);
      };
      if (waiting.length > 0) await showMore(ticket, true, announce);
      else clear(t.searchResultCount(0, query));
      if (ticket !== latest) return;
      // The counts once the results are on screen: they need the whole filter index.
      await engine.filters();
      const counts = await choiceCounts(
        filters,
        async (only) => (await engine.search(query || null, { filters: only })).filters,
      );
      if (ticket === latest) renderFilters(counts, filters);
    } catch {
      fail(ticket);
    }
  };

  const update = (replace: boolean) => {
    const filters = Object.fromEntries(
      SEARCH_FILTERS.map((name) => [
        name,
        [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
          (box) => box.value,
        ),
      ]),
    ) as ChosenFilters;
    state = { query: input.value.trim(), sortByDate: sort.value === "data", filters };
    const address = stateAddress(state);
    if (replace) history.replaceState(null, "", address);
    else history.pushState(null, "", address);
    void run();
  };

  more.addEventListener("click", () => {
    const ticket = latest;
    showMore(ticket, false).then(
      (added) => {
        // Keyboard and screen reader users carry on from the first result just added.
        added[0]?.querySelector("a")?.focus();
      },
      () => {
        fail(ticket);
      },
    );
  });

  let typing: number | undefined;
  /**
   * Whether the words being typed already have their history entry: the first pause in the
   * typing adds one, later pauses and Enter update it, so the back button returns to the search
   * before the typing, however long the reader paused before pressing Enter.
   */
  let typedEntry = false;
  input.addEventListener("input", () => {
    preloadWhileTyping(input.value);
    window.clearTimeout(typing);
    typing = window.setTimeout(() => {
      update(typedEntry);
      typedEntry = true;
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    update(typedEntry);
    typedEntry = false;
  });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    typedEntry = false;
    update(false);
  });
  window.addEventListener("popstate", () => {
    typedEntry = false;
    state = readState(new URL(location.href));
    void run();
  });
  // Without a query, the engine waits for the reader to reach for the field: loaded on arrival,
  // it kept the main thread busy while the page was still showing (Lighthouse's blocking time).
  input.addEventListener("focus", () => void loadSearchEngine().catch(() => undefined), {
    once: true,
  });
  void run();
}
