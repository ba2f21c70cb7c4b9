/** The search, loaded on demand (search-intent.ts): the header's short list, or the search page. */
import { startHeaderSearch } from "./header-search";
import { startSearchPage } from "./search-page";

startHeaderSearch();
startSearchPage();
