/**
 * The search page: reads the query and filters from the address, asks Pagefind, and keeps the
 * address in step so a search can be shared, bookmarked and restored with the back button.
 * Pagefind's own code is fetched only here, on first use.
 */
import { searchText as t } from "../i18n/it";
import { formatItalianDate } from "../lib/dates";
import { SEARCH_FILTERS, type SearchFilter } from "../lib/search-filters";

type FilterCounts = Record<string, Record<string, number>>;

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  /** Counts of each filter value among these results. */
  filters: FilterCounts;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string | null, options: Record<string, unknown>) => Promise<SearchResponse>;
}

interface SearchState {
  query: string;
  sortByDate: boolean;
  filters: Record<SearchFilter, string[]>;
}

/** Results shown at first and added by each "more" click: each costs a fragment download. */
const PAGE_SIZE = 10;
const PAGEFIND_BUNDLE = "/pagefind/pagefind.js";

function readState(address: URL): SearchState {
  const params = address.searchParams;
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((name) => [name, params.getAll(name)]),
  ) as Record<SearchFilter, string[]>;
  return {
    query: params.get("q")?.trim() ?? "",
    sortByDate: params.get("ordine") === "data",
    filters,
  };
}

function stateAddress(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  if (state.sortByDate) params.set("ordine", "data");
  for (const name of SEARCH_FILTERS) {
    for (const value of state.filters[name]) params.append(name, value);
  }
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ""}`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function dayLabel(isoDay: string | undefined): string | undefined {
  if (!isoDay || !/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return undefined;
  // Noon UTC falls on the same calendar day in Rome, whatever the season.
  return formatItalianDate(new Date(`${isoDay}T12:00:00Z`));
}

function resultItem(data: ResultData): HTMLLIElement {
  const section = data.filters["sezione"]?.[0];
  const date = dayLabel(data.meta["data"]);
  const details = [section, date].filter(Boolean).join(" · ");
  const excerpt = element("p", { class: "mt-2" });
  // Pagefind escapes the page text and adds only <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  const text = element(
    "div",
    {},
    element(
      "h2",
      { class: "text-xl" },
      element("a", { href: data.url }, data.meta["title"] ?? data.url),
    ),
    element("p", { class: "text-muted mt-1 text-sm" }, details),
    excerpt,
  );
  const image = data.meta["image"];
  const row = element("article", { class: "flex gap-4" });
  if (image) {
    row.append(
      element("img", {
        src: image,
        alt: "",
        width: "96",
        height: "64",
        loading: "lazy",
        class: "h-16 w-24 shrink-0 rounded object-cover",
      }),
    );
  }
  row.append(text);
  return element("li", { class: "border-line border-b pb-6 last:border-b-0" }, row);
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>("[data-search-form]");
  const input = document.querySelector<HTMLInputElement>("[data-search-input]");
  const app = document.querySelector<HTMLElement>("[data-search-app]");
  const sort = document.querySelector<HTMLSelectElement>("[data-search-sort]");
  const filterBox = document.querySelector<HTMLElement>("[data-search-filters]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  const more = document.querySelector<HTMLButtonElement>("[data-search-more]");
  if (!form || !input || !app || !sort || !filterBox || !status || !list || !more) return;
  app.hidden = false;

  let state = readState(new URL(location.href));
  let pagefind: Pagefind | undefined;
  let latest = 0;
  /** The results of the current search not yet on screen. */
  let waiting: SearchResponse["results"] = [];

  /** Shows the next page of results; `replace` starts the list afresh. */
  const showMore = async (ticket: number, replace: boolean): Promise<HTMLLIElement[]> => {
    const next = waiting.slice(0, PAGE_SIZE);
    const shown = await Promise.all(next.map((result) => result.data()));
    if (ticket !== latest) return [];
    waiting = waiting.slice(next.length);
    const items = shown.map(resultItem);
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    more.hidden = waiting.length === 0;
    return items;
  };

  const loadPagefind = async (): Promise<Pagefind> => {
    if (!pagefind) {
      const bundle = (await import(/* @vite-ignore */ PAGEFIND_BUNDLE)) as Pagefind;
      await bundle.options({ excerptLength: 24 });
      pagefind = bundle;
    }
    return pagefind;
  };

  const renderFilters = (available: FilterCounts, counts: FilterCounts) => {
    // A keyboard user who just ticked a box keeps the focus on it across the redraw.
    const focused = filterBox.contains(document.activeElement)
      ? (document.activeElement as HTMLInputElement)
      : undefined;
    filterBox.replaceChildren(
      ...SEARCH_FILTERS.filter((name) => Object.keys(available[name] ?? {}).length > 0).map(
        (name) => {
          const values = Object.keys(available[name] ?? {}).sort((a, b) =>
            name === "anno" ? b.localeCompare(a) : a.localeCompare(b, "it"),
          );
          return element(
            "fieldset",
            {},
            element("legend", { class: "font-bold" }, t.searchFilterLabels[name]),
            ...values.map((value) => {
              const box = element("input", { type: "checkbox", name, value, class: "size-5" });
              box.checked = state.filters[name].includes(value);
              return element(
                "label",
                { class: "mt-2 flex items-center gap-2" },
                box,
                `${value} (${counts[name]?.[value] ?? 0})`,
              );
            }),
          );
        },
      ),
    );
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
    input.value = state.query;
    sort.value = state.sortByDate ? "data" : "";
    const filters = Object.fromEntries(
      SEARCH_FILTERS.filter((name) => state.filters[name].length > 0).map((name) => [
        name,
        { any: state.filters[name] },
      ]),
    );
    if (!state.query && Object.keys(filters).length === 0 && !state.sortByDate) {
      // Nothing asked yet: Pagefind is not even downloaded.
      filterBox.replaceChildren();
      list.replaceChildren();
      waiting = [];
      more.hidden = true;
      status.textContent = t.searchPrompt;
      return;
    }
    let engine: Pagefind;
    let response: SearchResponse;
    try {
      engine = await loadPagefind();
      response = await engine.search(state.query || null, {
        filters,
        ...(state.sortByDate ? { sort: { data: "desc" } } : {}),
      });
    } catch {
      status.textContent = t.searchUnavailable;
      return;
    }
    if (ticket !== latest) return;
    renderFilters(response.filters, response.filters);
    waiting = response.results;
    await showMore(ticket, true);
    if (ticket !== latest) return;
    status.textContent = t.searchResultCount(response.results.length, state.query);
    // Every filter value, with those these results lack, once the results are on screen.
    const all = await engine.filters().catch(() => undefined);
    if (all && ticket === latest) {
      renderFilters(all, response.filters);
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
    ) as Record<SearchFilter, string[]>;
    state = { query: input.value.trim(), sortByDate: sort.value === "data", filters };
    const address = stateAddress(state);
    if (replace) history.replaceState(null, "", address);
    else history.pushState(null, "", address);
    void run();
  };

  more.addEventListener("click", () => {
    void showMore(latest, false).then((added) => {
      // Keyboard and screen reader users carry on from the first result just added.
      added[0]?.querySelector("a")?.focus();
    });
  });

  // Fetch the engine as soon as the reader shows intent, so the first results come quicker.
  input.addEventListener("focus", () => void loadPagefind().catch(() => undefined), { once: true });

  let typing: number | undefined;
  input.addEventListener("input", () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => {
      update(true);
    }, 250);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    update(false);
  });
  form.addEventListener("change", (event) => {
    if (event.target !== input) update(false);
  });
  window.addEventListener("popstate", () => {
    state = readState(new URL(location.href));
    void run();
  });
  void run();
}
