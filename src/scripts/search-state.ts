/** A search as its address holds it, so it can be shared, bookmarked and restored. */
import { SEARCH_FILTERS, type ChosenFilters } from "../lib/search/search-filters";

export interface SearchState {
  query: string;
  sortByDate: boolean;
  filters: ChosenFilters;
}

export function readState(address: URL): SearchState {
  const params = address.searchParams;
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((name) => [name, params.getAll(name)]),
  ) as ChosenFilters;
  return {
    query: params.get("q")?.trim() ?? "",
    sortByDate: params.get("ordine") === "data",
    filters,
  };
}

/** The page's own address with the state in its query string. */
export function stateAddress(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  if (state.sortByDate) params.set("ordine", "data");
  for (const name of SEARCH_FILTERS) {
    for (const value of state.filters[name]) params.append(name, value);
  }
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ""}`;
}

/** Whether the reader asked for anything: otherwise Pagefind is not even downloaded. */
export const asksForResults = (state: SearchState) =>
  Boolean(state.query) ||
  state.sortByDate ||
  SEARCH_FILTERS.some((name) => state.filters[name].length > 0);

export const tickedCount = (state: SearchState) =>
  SEARCH_FILTERS.reduce((sum, name) => sum + state.filters[name].length, 0);
