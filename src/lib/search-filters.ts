/** The filters readers can narrow a search by; the names appear in the search page's address. */
export const SEARCH_FILTERS = [
  "sezione",
  "argomento",
  "eventi",
  "tipo",
  "provincia",
  "anno",
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
