import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
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

/** WCAG's reflow, first on a 320 px phone. */
const PHONE = { width: 320, height: 640 };
/**
 * Then as a reader zooms a 1280 × 1024 window to 400 % on the page they are reading: the layout
 * becomes 320 CSS pixels wide and 256 high, four device pixels each (a browser's zoom changes the
 * width media queries see), without loading the page again.
 */
const ZOOMED = { width: 1280 / 4, height: 1024 / 4, deviceScaleFactor: 4, mobile: false };

/** One page for every test: they only open pages, and the search page's filters. */
const browserTab = sharedPage(site, { viewport: PHONE });

/**
 * Zooms the open page to 400 % until the test ends: the zoom lasts as long as the DevTools
 * session that asked for it, and the page is back at its phone size for the next test.
 */
async function zoomIn(page: Page) {
  const devtools = await page.context().newCDPSession(page);
  onTestFinished(() => devtools.detach());
  await devtools.send("Emulation.setDeviceMetricsOverride", ZOOMED);
}

/** The width and pixel ratio the page is laid out at, and how far it scrolls sideways. */
const layout = (page: Page) =>
  page.evaluate(() => ({
    width: innerWidth,
    pixelRatio: devicePixelRatio,
    overflow: Math.max(
      0,
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  }));
const PHONE_LAYOUT = { width: PHONE.width, pixelRatio: 1 };
const ZOOMED_LAYOUT = { width: ZOOMED.width, pixelRatio: ZOOMED.deviceScaleFactor };

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
      const page = await browserTab.visit(address, served.origin);
      if (address.startsWith(routes.search())) await showResultsAndFilters(page);
      expect(await layout(page), `${address} at 320 px`).toEqual({ ...PHONE_LAYOUT, overflow: 0 });
      await zoomIn(page);
      expect(await layout(page), `${address} at 400 % zoom`).toEqual({
        ...ZOOMED_LAYOUT,
        overflow: 0,
      });
    },
  );
});
