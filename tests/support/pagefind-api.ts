import type { Page } from "playwright-core";
import { searchEngineFiles } from "../../src/lib/search/pagefind-files";

export interface IndexedPage {
  url: string;
  /** The page's whole text as the index holds it. */
  content: string;
  excerpt: string;
}

/**
 * What the index of the page's language gives for each query, through Pagefind's own API in the
 * browser, as the search page uses it: all queries in one visit.
 */
export async function searchIndex(
  page: Page,
  queries: readonly string[],
): Promise<Record<string, IndexedPage[]>> {
  // A string, not a function: Vitest would rewrite a function's import() into its own loader.
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(searchEngineFiles.bundle())});
    const found = {};
    for (const query of ${JSON.stringify(queries)}) {
      const { results } = await pagefind.search(query);
      found[query] = await Promise.all(results.map((result) => result.data()));
    }
    return found;
  })()`);
}
