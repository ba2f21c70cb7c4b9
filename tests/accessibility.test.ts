import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enRoutes, routes } from "../src/routes";
import { axeViolations, openPage, siteInBrowser } from "./support/browser";
import {
  extendedDist,
  fixtureContent,
  fixtureDist,
  projectRoot,
  realSiteDist,
} from "./support/build-site";
import { readPages } from "./support/dist";
import { onePagePerKind } from "./support/page-kinds";
import { serveStatic, type StaticServer } from "./support/static-server";

const site = siteInBrowser(fixtureDist);

/** One page of every template. */
const TEMPLATES = {
  home: "/",
  "district index": "/distretto/",
  "district page": "/distretto/chi-siamo/",
  territory: "/distretto/territorio/",
  committee: "/comitato/",
  "members list": "/membri/",
  "members of a province": "/membri/provincia/BS/",
  member: "/membri/officina-alfa/",
  "news list": "/notizie/",
  article: "/notizie/2026/titolo-speciale/",
  "MDX article": "/notizie/2026/componenti-mdx/",
  "tag page": "/notizie/tag/veicoli-elettrici/",
  archive: "/notizie/archivio/2026/",
  "search with results": "/cerca/?q=prova",
  join: "/aderisci/",
  "subscription thank-you": "/aggiornamenti/grazie/",
  "join with a group chosen": "/aderisci/?gruppo=elettrificazione",
  "events list": "/eventi/",
  event: "/eventi/prima-del-cambio-ora/",
  "cancelled event": "/eventi/evento-annullato/",
  "working groups": "/gruppi/",
  "working group": "/gruppi/elettrificazione/",
  "newsletter archive": "/notiziario/",
  "newsletter issue": "/notiziario/2/",
  "standalone page": "/privacy/",
  "404": "/pagina-che-non-esiste/",
  "English home": "/en/",
  "English district index": "/en/district/",
  "English district page": "/en/district/who-we-are/",
  "English committee": "/en/committee/",
  "English members list": "/en/members/",
  "English member, translated": "/en/members/officina-alfa/",
  "English member, not translated yet": "/en/members/ateneo-beta/",
  "English news list": "/en/news/",
  "English article": "/en/news/2026/published-test-article/",
  "English search with results": "/en/search/?q=test",
  "English join": "/en/join/",
  "English events list": "/en/events/",
  "English working groups": "/en/groups/",
  "English 404": "/en/page-that-does-not-exist/",
};

describe.each(["light", "dark"] as const)("in the %s theme", (colorScheme) => {
  it.each(Object.entries(TEMPLATES))(
    "the %s page has no WCAG 2.2 A or AA violations and no console errors",
    async (_template, address) => {
      const { page } = await openPage(site.browser, { colorScheme });
      await page.goto(`${site.origin}${address}`);
      if (address.startsWith(routes.search()) || address.startsWith(enRoutes.search())) {
        await page.locator("[data-search-results] li").first().waitFor();
      }
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});

describe("every page of the real site extended with new content, in the light theme", () => {
  // The real content's pages, and those an editor's next member, seat, article and page make.
  const extended = siteInBrowser(extendedDist);

  it.each(readPages(extendedDist).map((page) => page.url))(
    "%s has no WCAG 2.2 A or AA violations and no console errors",
    async (address) => {
      const { page } = await openPage(extended.browser);
      await page.goto(`${extended.origin}${address}`);
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});

describe("keyboard and small screens", () => {
  it("moves focus to the main content with the skip link", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/membri/`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Vai al contenuto" });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contenuto");
  });

  it("shows a visible focus outline on every interactive element reached with Tab", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/aderisci/`);
    const seen = new Set<string>();
    for (let step = 0; step < 60; step++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return undefined;
        const style = getComputedStyle(element);
        return {
          name: `${element.tagName}#${element.id}:${element.textContent.trim().slice(0, 20)}`,
          outlined: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focus || seen.has(focus.name)) continue;
      seen.add(focus.name);
      expect(focus.outlined, focus.name).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(15);
  });

  it("opens and closes the district navigation on a phone with the keyboard", async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 360, height: 800 } });
    await page.goto(`${site.origin}/distretto/chi-siamo/`);
    const summary = page.locator("aside details summary");
    await summary.focus();
    const isOpen = () =>
      page.locator("aside details").evaluate((d) => (d as HTMLDetailsElement).open);
    expect(await isOpen()).toBe(false);
    await page.keyboard.press("Enter");
    expect(await isOpen()).toBe(true);
    expect(await page.locator("aside details a").first().isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await isOpen()).toBe(false);
  });
});

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
      for (const { name, viewport, deviceScaleFactor } of REFLOW_VIEWPORTS) {
        const { page } = await openPage(site.browser, { viewport, deviceScaleFactor });
        await page.goto(`${served.origin}${address}`);
        if (address.startsWith(routes.search())) await showResultsAndFilters(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${address} at ${name}`).toBeLessThanOrEqual(0);
      }
    },
  );
});
