/**
 * The address of the search's code: one file with all it needs, which Vite builds as it would a
 * worker's. Pages import it only when the reader reaches for the search (search-intent.ts), so
 * its address is written in the page rather than imported, which would load it with the page.
 */
export { default as searchCodeAddress } from "../../scripts/search-ui.ts?worker&url";
