import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "../src/routes";
import { sharedPage, siteInBrowser } from "./support/browser";
import { fixtureContent, fixtureDist, projectRoot, realSiteDist } from "./support/build-site";
import { onePagePerKind } from "./support/page-kinds";
import { serveStatic, type StaticServer } from "./support/static-server";

const site = siteInBrowser(fixtureDist);

/** Waits for the search's results, and unfolds the filters to measure them too. */
async function showResultsAndFilters(page: Page) {
  const status = page.locator("[data-search-status]").filter({ hasText: /risultat/ });
  await status.waitFor();
  if ((await status.textContent())?.startsWith("0 ")) return;
  await page.locator("[data-search-filters] input").first().waitFor({ state: "attached" });
  const filters = page.locator("[data-search-options]");
  if (!(await filters.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await filters.locator("summary").click();
  }
}

/**
 * WCAG's reflow: a 320 px phone, and a 1280 px window zoomed to 400 %, which lays the page out
 * 320 CSS pixels wide and 256 high (a browser's zoom changes the width media queries see).
 */
const REFLOW_VIEWPORTS = [
  { name: "320 px", viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: "400 % zoom", viewport: { width: 1280 / 4, height: 1024 / 4 }, deviceScaleFactor: 4 },
];

/** A page at each size, for every test: they only open pages, and the search page's filters. */
const browserTabs = REFLOW_VIEWPORTS.map(
  ({ name, viewport, deviceScaleFactor }) =>
    [name, sharedPage(site, { viewport, deviceScaleFactor })] as const,
);

const realSite = { origin: "" };
let realServer: StaticServer | undefined;
beforeAll(async () => {
  realServer = await serveStatic(realSiteDist);
  realSite.origin = realServer.origin;
});
afterAll(async () => {
  await realServer?.close();
});

describe.each([
  ["fixture", fixtureContent, site],
  ["real", `${projectRoot}/content`, realSite],
] as const)("on the %s site", (_name, contentRoot, served) => {
  it.each(onePagePerKind(contentRoot))(
    "the %s page (%s) reflows at 320 px and at 400 percent zoom without scrolling sideways",
    async (_kind, address) => {
      for (const [name, browserTab] of browserTabs) {
        const page = await browserTab.visit(address, served.origin);
        if (address.startsWith(routes.search())) await showResultsAndFilters(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${address} at ${name}`).toBeLessThanOrEqual(0);
      }
    },
  );
});
