import { describe, expect, it } from "vitest";
import { t } from "../src/i18n/it";
import { enRoutes, routes } from "../src/routes";
import { axeViolations, openPage, sharedPage, siteInBrowser } from "./support/browser";
import { fixtureDist } from "./support/build-site";

// Every page of the extended site is in accessibility-all-pages.test.ts and the reflow in
// reflow.test.ts: files of their own, which run side by side with this one.
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
  "English event": "/en/events/members-test-assembly/",
  "English working groups": "/en/groups/",
  "English working group": "/en/groups/electrification-test/",
  "English 404": "/en/page-that-does-not-exist/",
};

// One visit per template, both themes measured in it: the theme is the colour-scheme media query
// alone (src/styles/global.css), with no transition, so switching it needs no second load.
describe("in the light and the dark theme", () => {
  const browserTab = sharedPage(site);
  it.each(Object.entries(TEMPLATES))(
    "the %s page has no WCAG 2.2 A or AA violations and no console errors",
    async (_template, address) => {
      const page = await browserTab.visit(address);
      if (address.startsWith(routes.search()) || address.startsWith(enRoutes.search())) {
        await page.locator("[data-search-results] li").first().waitFor();
      }
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `${address} in the ${colorScheme} theme`).toEqual([]);
      }
    },
  );
});

describe("keyboard and small screens", () => {
  it("moves focus to the main content with the skip link", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}/membri/`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: t.skipToContent });
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
