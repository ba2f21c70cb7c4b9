import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, openPage, siteInBrowser } from "./support/browser";
import { fixtureDist } from "./support/build-site";

const site = siteInBrowser(fixtureDist);

/** Opens the search page at an address and waits for the announced result count. */
async function search(address: string) {
  const watched = await openPage(site.browser);
  await watched.page.goto(`${site.origin}${address}`);
  const status = watched.page.locator("[data-search-status]");
  await expect.poll(() => status.textContent()).toMatch(/risultat|Scrivi/);
  return { ...watched, status };
}

const resultTitles = (page: Page) => page.locator("[data-search-results] h2").allTextContents();
const countIn = (text: string | null) => Number(/(\d+) risultat/.exec(text ?? "")?.[1] ?? 0);

describe("search", () => {
  it("puts the page that matches best first, with the words highlighted", async () => {
    const { page, expectNoErrors } = await search("/cerca/?q=riquadro");
    expect((await resultTitles(page))[0]).toBe("Un articolo MDX con un riquadro");
    expect(await page.locator("[data-search-results] mark").first().textContent()).toMatch(
      /riquadro/i,
    );
    expectNoErrors();
  });

  it("finds automobile when the reader types automobili", async () => {
    const { page, expectNoErrors } = await search("/cerca/?q=automobili");
    expect(await resultTitles(page)).toEqual(["Ateneo Beta Test"]);
    expectNoErrors();
  });

  it("finds città when the reader types citta without the accent", async () => {
    const { page, expectNoErrors } = await search("/cerca/?q=citta");
    expect(await resultTitles(page)).toContain("Consorzio Gamma Test");
    expectNoErrors();
  });

  it("shows each result's section and, for news, its date", async () => {
    const { page } = await search("/cerca/?q=riquadro");
    const details = await page.locator("[data-search-results] li").first().textContent();
    expect(details).toContain("Notizie · 10 novembre 2026");
  });

  it("narrows the results with a filter, updating the count and the address", async () => {
    const { page, status, expectNoErrors } = await search("/cerca/?q=prova");
    const before = await status.textContent();
    expect(countIn(before)).toBeGreaterThan(3);
    await page.getByRole("checkbox", { name: /^Membri \(\d+\)$/ }).check();
    await expect.poll(() => status.textContent()).not.toBe(before);
    expect(countIn(await status.textContent())).toBe(3);
    expect(new URL(page.url()).searchParams.getAll("sezione")).toEqual(["Membri"]);
    expectNoErrors();
  });

  it("keeps the keyboard focus on a filter after ticking it with the space bar", async () => {
    const { page, status } = await search("/cerca/?q=prova");
    const before = await status.textContent();
    const members = page.getByRole("checkbox", { name: /^Membri \(\d+\)$/ });
    await members.focus();
    await page.keyboard.press("Space");
    await expect.poll(() => status.textContent()).not.toBe(before);
    await expect
      .poll(() =>
        page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? ""),
      )
      .toBe("Membri");
  });

  it("combines filters: a province among members", async () => {
    const { page } = await search("/cerca/?q=prova&sezione=Membri&provincia=Brescia");
    expect(await resultTitles(page)).toEqual(["Officina Alfa Test"]);
    expect(await page.getByRole("checkbox", { name: /^Brescia/ }).isChecked()).toBe(true);
  });

  it("finds events with a filter of their own, to come or past", async () => {
    const { page, expectNoErrors } = await search("/cerca/?q=prova&eventi=In+programma");
    expect((await resultTitles(page)).sort()).toEqual([
      "Assemblea dei membri di prova",
      "Convegno annullato di prova",
      "Fiera di prova su tre giorni",
      "Sessione online del gruppo filiera",
    ]);
    expect(await page.getByRole("checkbox", { name: /^In programma \(4\)$/ }).isChecked()).toBe(
      true,
    );
    const details = await page.locator("[data-search-results] li").first().textContent();
    expect(details).toMatch(/Eventi · \d+ \w+ 2999/);
    await page.getByRole("checkbox", { name: /^In programma/ }).uncheck();
    await page.getByRole("checkbox", { name: /^Già svolti/ }).check();
    await expect.poll(() => resultTitles(page)).toContain("Giornata di prova del 2025");
    expect(await resultTitles(page)).not.toContain("Assemblea dei membri di prova");
    expectNoErrors();
  });

  it("sorts news from the newest", async () => {
    const { page } = await search("/cerca/?q=articolo&ordine=data");
    const more = page.getByRole("button", { name: "Mostra altri risultati" });
    await more.click();
    await expect.poll(() => more.isVisible()).toBe(false);
    const titles = await resultTitles(page);
    expect(titles[0]).toBe("Articolo pubblicato di prova");
    expect(titles.at(-1)).toBe("Articolo dell'anno prima");
  });

  it("shows ten results at a time, and the rest on request with the focus on the first", async () => {
    // Sorting by date with no words lists every published article: 16 in the fixture.
    const { page, status, expectNoErrors } = await search("/cerca/?ordine=data");
    const total = countIn(await status.textContent());
    expect(total).toBeGreaterThan(10);
    expect(total).toBeLessThanOrEqual(20);
    const items = page.locator("[data-search-results] li");
    const more = page.getByRole("button", { name: "Mostra altri risultati" });
    expect(await items.count()).toBe(10);
    await more.click();
    await expect.poll(() => items.count()).toBe(total);
    const eleventh = await items.nth(10).locator("a").first().textContent();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(eleventh);
    expect(await more.isVisible()).toBe(false);
    expectNoErrors();
  });

  it("restores a search from the address, and the previous one with the back button", async () => {
    const { page, status, expectNoErrors } = await search("/cerca/?q=riquadro");
    const field = page.getByLabel("Che cosa cerchi?");
    expect(await field.inputValue()).toBe("riquadro");
    await field.fill("automobili");
    await field.press("Enter");
    await expect.poll(() => status.textContent()).toContain("automobili");
    expect(page.url()).toContain("q=automobili");
    await page.goBack();
    await expect.poll(() => status.textContent()).toContain("riquadro");
    expect(await field.inputValue()).toBe("riquadro");
    expectNoErrors();
  });

  it("opens from any page with the / key in the header", async () => {
    const { page, expectNoErrors } = await openPage(site.browser);
    await page.goto(`${site.origin}/membri/`);
    await page.keyboard.press("/");
    const field = page.getByRole("searchbox", { name: "Cerca nel sito" });
    await expect.poll(() => field.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.type("riquadro");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/cerca\/\?q=riquadro$/);
    await expect
      .poll(() => page.locator("[data-search-results] h2").first().textContent())
      .toBe("Un articolo MDX con un riquadro");
    expectNoErrors();
  });

  it("indexes only the main content: no header or footer text, no draft", async () => {
    // Words that appear only in the header, the footer, or in draft and scheduled fixtures.
    for (const query of [
      "riunisce",
      "navigazione",
      "zibaldonebozza",
      "zibaldonefuturo",
      "zibaldonedistretto",
    ]) {
      const { page } = await search(`/cerca/?q=${query}`);
      expect(await resultTitles(page), query).toEqual([]);
    }
    // Every one of the 23 indexed pages has "Comitato" in its header; only a few in their text.
    const { status } = await search("/cerca/?q=comitato");
    expect(countIn(await status.textContent())).toBeLessThan(8);
  });

  it("tells readers without JavaScript where to look instead", async () => {
    const { page } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/cerca/?q=motori`);
    const main = page.locator("main");
    expect(await main.textContent()).toContain("La ricerca funziona con JavaScript");
    expect(await main.getByRole("link", { name: "Archivio delle notizie" }).count()).toBe(1);
    expect(await page.locator("[data-search-app]").isVisible()).toBe(false);
  });

  it("has no accessibility violations with results and filters shown", async () => {
    const { page } = await search("/cerca/?q=prova");
    expect(await axeViolations(page)).toEqual([]);
  });
});
