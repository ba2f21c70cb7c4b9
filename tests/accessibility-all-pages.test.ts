import { describe, expect, it } from "vitest";
import { axeViolations, sharedPage, siteInBrowser } from "./support/browser";
import { extendedDist } from "./support/build-site";
import { readPages } from "./support/dist";

// A file of its own, apart from the templates' (tests/accessibility.test.ts): test files run side
// by side, and this is the longest list of pages.
describe("every page of the real site extended with new content, in the light theme", () => {
  // The real content's pages, and those an editor's next member, seat, article and page make.
  const extended = siteInBrowser(extendedDist);
  const browserTab = sharedPage(extended);

  it.each(readPages(extendedDist).map((page) => page.url))(
    "%s has no WCAG 2.2 A or AA violations and no console errors",
    async (address) => {
      const page = await browserTab.visit(address);
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
