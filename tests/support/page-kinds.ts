import { runCheck } from "../../scripts/build/content-check/run";
import { publishedContent } from "../../scripts/build/content-check/published-addresses";
import { addressesByKind } from "../../src/lib/site/built-addresses";
import { routes } from "../../src/routes";
import { projectRoot } from "./build-site";

/** A word any content of the district's site has, so the search page shows results. */
export const SEARCH_WORD = "distretto";

/** One page of every kind the site builds from a content folder, as the site lists them. */
export function onePagePerKind(contentRoot: string): [string, string][] {
  const { context } = runCheck({ projectRoot, contentRoot, shownRoot: "content", now: new Date() });
  return Object.entries(addressesByKind(publishedContent(context))).flatMap(([kind, addresses]) => {
    // Feeds, the sitemap, robots.txt and images are not pages; the browser editor is
    // Sveltia's interface for the secretariat, not a page readers see.
    const page = addresses.find((address) => /(\/|\.html)$/.test(address));
    if (!page || page === routes.admin()) return [];
    // The search page is shown with results.
    return [[kind, kind === "search" ? routes.search(SEARCH_WORD) : page]];
  });
}
