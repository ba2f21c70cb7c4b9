/** What the search page draws: one result, and the filters with their counts. */
import { pageSearchText } from "../i18n/search-text";

const t = pageSearchText();
import { formatEnglishDate, formatItalianDate } from "../lib/text/dates";
import {
  filterChoices,
  SEARCH_FILTERS,
  type ChosenFilters,
  type FilterCounts,
} from "../lib/search/search-filters";

/** A result as Pagefind's fragment describes it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export function element<K extends keyof HTMLElementTagNameMap>(
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
  const day = new Date(`${isoDay}T12:00:00Z`);
  return document.documentElement.lang === "en" ? formatEnglishDate(day) : formatItalianDate(day);
}

/** The section a result belongs to and, for dated pages, its day: "Notizie · 3 marzo 2026". */
function resultDetails(data: ResultData): string {
  const section = data.filters["sezione"]?.[0];
  return [section, dayLabel(data.meta["data"])].filter(Boolean).join(" · ");
}

export function resultItem(data: ResultData): HTMLLIElement {
  const details = resultDetails(data);
  const excerpt = element("p", { class: "mt-2" });
  // Pagefind escapes the page text and adds only <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  const text = element(
    "div",
    { class: "min-w-0" },
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

/**
 * Draws results into a list as their data arrives, in their order: each once it and those
 * before it have arrived. With `replace`, the first one drawn replaces what the list held, and
 * `onFirst` runs then. Stops, and returns what it drew so far, once `wanted()` turns false.
 */
export async function drawList(
  list: HTMLOListElement,
  results: readonly { data: () => Promise<ResultData> }[],
  draw: (data: ResultData) => HTMLLIElement,
  options: { replace: boolean; wanted: () => boolean; onFirst?: (() => void) | undefined },
): Promise<HTMLLIElement[]> {
  const { replace, wanted, onFirst } = options;
  const arriving = results.map((result) => result.data());
  // A failed download is reported once, when its turn comes.
  for (const data of arriving) data.catch(() => undefined);
  const items: HTMLLIElement[] = [];
  for (const data of arriving) {
    const shown = await data;
    if (!wanted()) return items;
    const item = draw(shown);
    if (replace && items.length === 0) list.replaceChildren(item);
    else list.append(item);
    if (items.length === 0) onFirst?.();
    items.push(item);
  }
  return items;
}

/** A result in the header's short list: its title as a link, its section and day below. */
export function quickResultItem(data: ResultData): HTMLLIElement {
  return element(
    "li",
    {},
    element(
      "a",
      { href: data.url, class: "hover:bg-page block rounded px-2 py-1.5 no-underline" },
      element("span", { class: "block font-medium underline" }, data.meta["title"] ?? data.url),
      element("span", { class: "text-muted block text-sm" }, resultDetails(data)),
    ),
  );
}

/** One group of checkboxes per filter that has something to offer, each with its count. */
export function filterFieldsets(counts: FilterCounts, chosen: ChosenFilters): HTMLElement[] {
  return SEARCH_FILTERS.flatMap((name) => {
    const choices = filterChoices(name, counts[name], chosen[name]);
    if (choices.length === 0) return [];
    return [
      element(
        "fieldset",
        {},
        element("legend", { class: "font-bold" }, t.searchFilterLabels[name]),
        ...choices.map(({ value, count }) => {
          // The box keeps its size and sits on the first line when a long label wraps.
          const box = element("input", {
            type: "checkbox",
            name,
            value,
            class: "mt-0.75 size-5 shrink-0",
          });
          box.checked = chosen[name].includes(value);
          return element(
            "label",
            { class: "mt-2 flex items-start gap-2" },
            box,
            `${value} (${count})`,
          );
        }),
      ),
    ];
  });
}
