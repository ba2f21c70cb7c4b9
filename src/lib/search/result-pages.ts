/**
 * Results the search page shows at first and adds with each "more" click: each costs a fragment
 * download, so not all at once.
 */
export const SEARCH_PAGE_SIZE = 10;
