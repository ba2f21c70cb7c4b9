import { describe, expect, it } from "vitest";
import { searchText, t } from "../src/i18n/it";
import { routes } from "../src/routes";
import { mainNavigation } from "../src/site";
import { axeViolations, openPage, sharedPage, siteInBrowser } from "./support/browser";
import { fixtureDist } from "./support/build-site";

const site = siteInBrowser(fixtureDist);

/** The phone most readers hold, in CSS pixels. */
const PHONE = { viewport: { width: 390, height: 844 } };
/** What the header may take of the phone's first screen: one row, and room for a long name. */
const PHONE_HEADER_BUDGET = 120;

describe("the layout in Chromium", () => {
  it("starts the table of contents' box with its title, with no empty band above it", async () => {
    const { page } = await openPage(site.browser);
    // The fixture's territory page has enough headings for a table of contents.
    await page.goto(`${site.origin}${routes.districtPage("territorio")}`);
    const box = page.getByRole("navigation", { name: t.onThisPage });
    const [boxTop, paddingTop] = await box.evaluate((node) => [
      node.getBoundingClientRect().top,
      parseFloat(getComputedStyle(node).paddingTop),
    ]);
    const title = await box.getByRole("heading", { name: t.onThisPage }).boundingBox();
    expect((title?.y ?? 0) - boxTop).toBeCloseTo(paddingTop, 0);
  });

  it("shows each member's logo in the same box on its card, whatever the logo's shape", async () => {
    const { page } = await openPage(site.browser, PHONE);
    await page.goto(`${site.origin}${routes.members()}`);
    // Consorzio Gamma Test's logo is three times as wide as it is high.
    const logo = page.locator("[data-member-list] article img");
    expect(await logo.count()).toBe(1);
    const box = await logo.evaluate((image) => ({
      width: image.getBoundingClientRect().width,
      height: image.getBoundingClientRect().height,
      fit: getComputedStyle(image).objectFit,
    }));
    expect(box).toEqual({ width: 96, height: 48, fit: "contain" });
  });
});

describe("on a 390 × 844 phone", () => {
  // For the tests that only read a page; those that click or type have a page of their own.
  const phoneTab = sharedPage(site, PHONE);
  it.each([
    routes.home(),
    routes.members(),
    routes.articleById("2026/articolo-pubblicato"),
    routes.districtPage("territorio"),
    routes.search(),
  ])(`keeps the header of %s within ${PHONE_HEADER_BUDGET} px`, async (address) => {
    const page = await phoneTab.visit(address);
    const header = await page.locator("body > header").boundingBox();
    expect(header?.height).toBeLessThanOrEqual(PHONE_HEADER_BUDGET);
  });

  it("shows the home page's join button on the first screen", async () => {
    const page = await phoneTab.visit(routes.home());
    const join = page.locator("main").getByRole("link", { name: t.joinCta }).first();
    expect(await join.getAttribute("href")).toBe(routes.join());
    const box = await join.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.viewport.height);
  });

  it("opens the menu and the search from the header's buttons without JavaScript", async () => {
    const { page } = await openPage(site.browser, { ...PHONE, javaScriptEnabled: false });
    await page.goto(`${site.origin}${routes.members()}`);
    const navigation = page.getByRole("navigation", { name: t.mainNavigation });
    const links = navigation.getByRole("link");
    expect(await links.first().isVisible()).toBe(false);
    await navigation.getByRole("button", { name: t.menu, exact: true }).click();
    // The sections, then the link to this page in English.
    expect(await links.allTextContents()).toEqual([
      ...mainNavigation.map((link) => link.label),
      "English",
    ]);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    await page.getByRole("button", { name: t.closeMenu }).click();
    expect(await links.first().isVisible()).toBe(false);

    const field = page.getByRole("searchbox", { name: searchText.searchHeaderLabel });
    expect(await field.isVisible()).toBe(false);
    await page.getByRole("button", { name: searchText.searchHeaderLabel }).click();
    await field.fill("riquadro");
    await field.press("Enter");
    await page.waitForURL(`${site.origin}${routes.search("riquadro")}`);
  });

  it("opens the search with its button or the / key, the field next to the keyboard, and closes it with Escape", async () => {
    const { page } = await openPage(site.browser, PHONE);
    await page.goto(`${site.origin}${routes.members()}`);
    const field = page.getByRole("searchbox", { name: searchText.searchHeaderLabel });
    const focused = () => field.evaluate((node) => node === document.activeElement);
    await page.getByRole("button", { name: searchText.searchHeaderLabel }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await field.isVisible()).toBe(false);
    await page.keyboard.press("/");
    await expect.poll(focused).toBe(true);
    await page.keyboard.type("riquadro");
    const first = page.getByRole("list", { name: searchText.searchQuickResults }).getByRole("link");
    await expect.poll(() => first.first().textContent()).toContain("Un articolo MDX");
    // Escape closes the list first, then (as in any search field) clears the words, then closes
    // the panel.
    await page.keyboard.press("Escape");
    await first.first().waitFor({ state: "hidden" });
    expect(await field.inputValue()).toBe("riquadro");
    await page.keyboard.press("Escape");
    expect([await field.inputValue(), await field.isVisible()]).toEqual(["", true]);
    await page.keyboard.press("Escape");
    expect(await field.isVisible()).toBe(false);
  });

  it("has no accessibility violations with the menu open", async () => {
    const { page } = await openPage(site.browser, PHONE);
    await page.goto(`${site.origin}${routes.members()}`);
    await page.getByRole("button", { name: t.menu, exact: true }).click();
    expect(await page.getByRole("link", { name: "Membri" }).first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
