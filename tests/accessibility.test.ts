import { describe, expect, it } from "vitest";
import { axeViolations, openPage, siteInBrowser } from "./support/browser";
import { fixtureDist } from "./support/build-site";

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
  "join with a group chosen": "/aderisci/?gruppo=elettrificazione",
  "events list": "/eventi/",
  event: "/eventi/prima-del-cambio-ora/",
  "cancelled event": "/eventi/evento-annullato/",
  "working groups": "/gruppi/",
  "working group": "/gruppi/elettrificazione/",
  "standalone page": "/privacy/",
  "404": "/pagina-che-non-esiste/",
};

describe.each(["light", "dark"] as const)("in the %s theme", (colorScheme) => {
  it.each(Object.entries(TEMPLATES))(
    "the %s page has no WCAG 2.2 A or AA violations and no console errors",
    async (_template, address) => {
      const { page, expectNoErrors } = await openPage(site.browser, { colorScheme });
      await page.goto(`${site.origin}${address}`);
      if (address.startsWith("/cerca/")) {
        await page.locator("[data-search-results] li").first().waitFor();
      }
      expect(await axeViolations(page)).toEqual([]);
      expectNoErrors();
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

  it.each(Object.entries(TEMPLATES))(
    "the %s page reflows at 320 px wide and at double zoom without scrolling sideways",
    async (_template, address) => {
      for (const { width, zoom } of [
        { width: 320, zoom: 1 },
        { width: 1280, zoom: 2 },
      ]) {
        const { page } = await openPage(site.browser, { viewport: { width, height: 900 } });
        await page.goto(`${site.origin}${address}`);
        if (zoom !== 1)
          await page.evaluate((factor) => (document.body.style.zoom = String(factor)), zoom);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${address} at ${width}px ×${zoom}`).toBeLessThanOrEqual(0);
        await page.context().close();
      }
    },
  );
});
