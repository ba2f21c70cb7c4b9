import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { searchText, t } from "../src/i18n/it";
import { SEARCH_PAGE_SIZE } from "../src/lib/search/result-pages";
import { enRoutes, routes } from "../src/routes";
import { axeViolations, openPage, sharedPage, siteInBrowser } from "./support/browser";
import { fixtureDist } from "./support/build-site";
import { searchIndex } from "./support/pagefind-api";

const site = siteInBrowser(fixtureDist);

/** Opens the search page at an address and waits for the announced result count. */
/**
 * Waits until the status shows a count and the list has drawn the first page of it: results are
 * drawn one by one as their excerpts arrive, and a loaded machine leaves gaps between them.
 */
async function waitForFirstPage(page: Page, count: RegExp) {
  const status = page.locator("[data-search-status]");
  const items = page.locator("[data-search-results] > li");
  const firstPageDrawn = async () => {
    const total = Number(count.exec((await status.textContent()) ?? "")?.[1]);
    return (await items.count()) === Math.min(total, SEARCH_PAGE_SIZE);
  };
  await expect.poll(firstPageDrawn).toBe(true);
}

/**
 * The tab the searches share, one after the other, as a reader's do: a new context each cost
 * Chromium a new renderer process.
 */
const browserTab = sharedPage(site);

/**
 * Opens the search page at an address, in the shared tab or, for a test that goes back in the
 * tab's history or makes the context's downloads fail, in a page of its own.
 */
async function search(address: string, { ownPage = false } = {}) {
  let page: Page;
  if (ownPage) {
    page = (await openPage(site.browser)).page;
    await page.goto(`${site.origin}${address}`);
  } else {
    page = await browserTab.visit(address);
  }
  const status = page.locator("[data-search-status]");
  await expect.poll(() => status.textContent()).toMatch(/risultat|Scrivi/);
  if ((await status.textContent())?.includes("risultat")) {
    await waitForFirstPage(page, /(\d+) risultat/);
  }
  return { page, status };
}

const resultTitles = (page: Page) => page.locator("[data-search-results] h2").allTextContents();
const countIn = (text: string | null) => Number(/(\d+) risultat/.exec(text ?? "")?.[1] ?? 0);

/** The filters on screen, once they are drawn: each checkbox with the count its label shows. */
async function shownChoices(page: Page) {
  await page.locator("[data-search-filters] input").first().waitFor({ state: "attached" });
  return page.locator("[data-search-filters] label").evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.querySelector("input") as HTMLInputElement;
      const count = /\((\d+)\)$/.exec(label.textContent.trim())?.[1];
      return { name: box.name, value: box.value, count: Number(count) };
    }),
  );
}

/** Ticks or unticks a filter and waits for the search to end by drawing the filters anew. */
async function toggle(page: Page, name: string, value: string) {
  const box = page.locator(`[data-search-filters] input[name="${name}"][value="${value}"]`);
  const drawn = await box.elementHandle();
  await box.click();
  await expect.poll(() => drawn.evaluate((node) => node.isConnected)).toBe(false);
}

describe("search", () => {
  it("puts the page that matches best first, with the words highlighted", async () => {
    const { page } = await search(routes.search("riquadro"));
    expect((await resultTitles(page))[0]).toBe("Un articolo MDX con un riquadro");
    expect(await page.locator("[data-search-results] mark").first().textContent()).toMatch(
      /riquadro/i,
    );
  });

  it("finds automobile when the reader types automobili", async () => {
    const { page } = await search(routes.search("automobili"));
    expect(await resultTitles(page)).toEqual(["Ateneo Beta Test"]);
  });

  it("finds città when the reader types citta without the accent", async () => {
    const { page } = await search(routes.search("citta"));
    expect(await resultTitles(page)).toContain("Consorzio Gamma Test");
  });

  it("shows each result's section and, for news, its date", async () => {
    const { page } = await search(routes.search("riquadro"));
    const details = await page.locator("[data-search-results] li").first().textContent();
    expect(details).toContain("Notizie · 10 novembre 2026");
  });

  it("narrows the results with a filter, updating the count and the address", async () => {
    const { page, status } = await search(routes.search("prova"));
    const before = await status.textContent();
    expect(countIn(before)).toBeGreaterThan(3);
    await page.getByRole("checkbox", { name: /^Membri \(\d+\)$/ }).check();
    await expect.poll(() => status.textContent()).not.toBe(before);
    expect(countIn(await status.textContent())).toBe(3);
    expect(new URL(page.url()).searchParams.getAll("sezione")).toEqual(["Membri"]);
  });

  it("shows beside each filter the number of results that ticking it gives", async () => {
    const { page, status } = await search(routes.search("prova"));
    const choices = await shownChoices(page);
    expect(choices.length).toBeGreaterThan(5);
    for (const { name, value, count } of choices) {
      await toggle(page, name, value);
      expect(countIn(await status.textContent()), `${name}=${value}`).toBe(count);
      await toggle(page, name, value);
    }
  });

  it("counts the other filters' choices among the results a ticked filter leaves", async () => {
    const { page, status } = await search(`${routes.search("prova")}&sezione=Membri`);
    const others = (await shownChoices(page)).filter((choice) => choice.name !== "sezione");
    expect(others.length).toBeGreaterThan(1);
    for (const { name, value, count } of others) {
      await toggle(page, name, value);
      expect(countIn(await status.textContent()), `${name}=${value}`).toBe(count);
      await toggle(page, name, value);
    }
  });

  it("keeps the keyboard focus on a filter after ticking it with the space bar", async () => {
    const { page, status } = await search(routes.search("prova"));
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
    const { page } = await search(`${routes.search("prova")}&sezione=Membri&provincia=Brescia`);
    expect(await resultTitles(page)).toEqual(["Officina Alfa Test"]);
    expect(await page.getByRole("checkbox", { name: /^Brescia/ }).isChecked()).toBe(true);
    // Folded on a phone, the filters still say that some are ticked.
    expect(await page.locator("[data-search-options] summary").textContent()).toContain(
      searchText.searchTicked(2),
    );
  });

  it("finds events with a filter of their own, to come or past", async () => {
    const { page } = await search(`${routes.search("prova")}&eventi=In+programma`);
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
  });

  it("sorts news from the newest", async () => {
    const { page } = await search(`${routes.search("articolo")}&ordine=data`);
    const more = page.getByRole("button", { name: t.searchMore });
    await more.click();
    await expect.poll(() => more.isVisible()).toBe(false);
    const titles = await resultTitles(page);
    expect(titles[0]).toBe("Articolo pubblicato di prova");
    expect(titles.at(-1)).toBe("Un articolo d'archivio");
  });

  it("shows ten results at a time, and the rest on request with the focus on the first", async () => {
    // Sorting by date with no words lists every published article: 16 in the fixture.
    const { page, status } = await search(`${routes.search()}?ordine=data`);
    const total = countIn(await status.textContent());
    expect(total).toBeGreaterThan(10);
    expect(total).toBeLessThanOrEqual(20);
    const items = page.locator("[data-search-results] li");
    const more = page.getByRole("button", { name: t.searchMore });
    // Results are drawn as each one's excerpt arrives: the first ten, not all at once.
    await expect.poll(() => items.count()).toBe(10);
    await more.click();
    await expect.poll(() => items.count()).toBe(total);
    const eleventh = await items.nth(10).locator("a").first().textContent();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(eleventh);
    expect(await more.isVisible()).toBe(false);
  });

  it("restores a search from the address, and the previous one with the back button", async () => {
    const { page, status } = await search(routes.search("riquadro"), { ownPage: true });
    const field = page.getByLabel("Che cosa cerchi?");
    expect(await field.inputValue()).toBe("riquadro");
    await field.fill("automobili");
    await field.press("Enter");
    await expect.poll(() => status.textContent()).toContain("automobili");
    expect(page.url()).toContain("q=automobili");
    await page.goBack();
    await expect.poll(() => status.textContent()).toContain("riquadro");
    expect(await field.inputValue()).toBe("riquadro");
  });

  it("goes back to the previous search after the reader paused in the typing before pressing Enter", async () => {
    const { page, status } = await search(routes.search("riquadro"), { ownPage: true });
    const field = page.getByLabel("Che cosa cerchi?");
    await field.fill("automobili");
    // The pause has shown the typed words' results before Enter.
    await expect.poll(() => status.textContent()).toContain("automobili");
    await field.press("Enter");
    await page.goBack();
    await expect.poll(() => status.textContent()).toContain("riquadro");
    expect(await field.inputValue()).toBe("riquadro");
  });

  it("opens from any page with the / key in the header", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${routes.members()}`);
    await page.keyboard.press("/");
    const field = page.getByRole("searchbox", { name: "Cerca nel sito" });
    await expect.poll(() => field.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.type("riquadro");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${site.origin}${routes.search("riquadro")}`);
    await expect
      .poll(() => page.locator("[data-search-results] h2").first().textContent())
      .toBe("Un articolo MDX con un riquadro");
  });

  it("lists the first results under the header's field as the reader types, with their count and a link to all of them", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${routes.members()}`);
    const field = page.getByRole("searchbox", { name: "Cerca nel sito" });
    await field.click();
    await field.pressSequentially("riquadro");
    const list = page.getByRole("list", { name: searchText.searchQuickResults });
    const first = list.getByRole("link").first();
    await expect.poll(() => first.textContent()).toContain("Un articolo MDX con un riquadro");
    // On a loaded machine two keys can fall further apart than the typing pause, and the list
    // shows "riquadr" first (the same article): the status names the whole word once it is in.
    const status = page.locator("header [role=status]");
    await expect.poll(() => status.textContent()).toBe(searchText.searchResultCount(1, "riquadro"));
    expect(await axeViolations(page)).toEqual([]);
    const all = page.getByRole("link", { name: searchText.searchQuickAll });
    expect(await all.getAttribute("href")).toBe(routes.search("riquadro"));
    await first.click();
    await expect
      .poll(() => page.locator("h1").textContent())
      .toBe("Un articolo MDX con un riquadro");
  });

  it("closes the header's list with Escape, keeping the words, and when the focus leaves it", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${routes.members()}`);
    const field = page.getByRole("searchbox", { name: "Cerca nel sito" });
    const list = page.getByRole("list", { name: searchText.searchQuickResults });
    await field.click();
    await field.pressSequentially("riquadro");
    await list.waitFor();
    await field.press("Escape");
    await list.waitFor({ state: "hidden" });
    expect(await field.inputValue()).toBe("riquadro");
    expect(await page.locator("header [role=status]").textContent()).toBe("");
    await field.press("o");
    await field.press("Backspace");
    await list.waitFor();
    // Tab goes from the field to its button, then to the results.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(
      await list
        .getByRole("link")
        .first()
        .evaluate((link) => link === document.activeElement),
    ).toBe(true);
    await page.locator("h1").click();
    await list.waitFor({ state: "hidden" });
  });

  it("indexes only the main content: no header or footer text, no draft", async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.origin}${routes.notFound()}`);
    // Words that appear only in the header, the footer, or in draft and scheduled fixtures; and
    // "Comitato", in the header of every one of the 23 indexed pages, and in the text of a few.
    const onlyOutside = [
      "riunisce",
      "navigazione",
      "zibaldonebozza",
      "zibaldonefuturo",
      "zibaldonedistretto",
    ];
    const found = await searchIndex(page, [...onlyOutside, "comitato"]);
    for (const query of onlyOutside) expect(found[query], query).toEqual([]);
    expect(found["comitato"]?.length).toBeGreaterThan(0);
    expect(found["comitato"]?.length).toBeLessThan(8);
  });

  it("shows the first result within the first screen of a phone, the filters folded above it", async () => {
    const height = 844;
    const { page } = await openPage(site.browser, {
      viewport: { width: 390, height },
    });
    await page.goto(`${site.origin}${routes.search("prova")}`);
    await shownChoices(page);
    const title = await page.locator("[data-search-results] h2").first().boundingBox();
    expect(title?.y).toBeGreaterThan(0);
    expect((title?.y ?? height) + (title?.height ?? 0)).toBeLessThanOrEqual(height);
    const filters = page.getByRole("checkbox").first();
    expect(await filters.isVisible()).toBe(false);
    await page.getByText(searchText.searchOptions).click();
    expect(await filters.isVisible()).toBe(true);
  });

  it("shows the filters beside the results on a wide screen", async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}${routes.search("prova")}`);
    await shownChoices(page);
    const filter = await page.getByRole("checkbox").first().boundingBox();
    const result = await page.locator("[data-search-results] h2").first().boundingBox();
    expect(filter?.x ?? Infinity).toBeLessThan(result?.x ?? 0);
  });

  it("keeps each filter's checkbox full size when its label wraps onto two lines", async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${site.origin}${routes.search("prova")}`);
    await shownChoices(page);
    await page.getByText(searchText.searchOptions).click();
    const labels = page.locator("[data-search-filters] label");
    // As long as the longest real choice, "Centro di ricerca o parco scientifico".
    await labels.first().evaluate((label) => {
      if (label.lastChild)
        label.lastChild.textContent = "Centro di ricerca o parco scientifico (1)";
    });
    const [wrapped, single] = await Promise.all(
      [labels.first(), labels.nth(1)].map((label) =>
        label.evaluate((node) => ({
          height: node.getBoundingClientRect().height,
          box: (node.querySelector("input") as HTMLInputElement)
            .getBoundingClientRect()
            .toJSON() as {
            width: number;
            height: number;
          },
        })),
      ),
    );
    expect(wrapped?.height).toBeGreaterThan((single?.height ?? 0) * 1.5);
    expect(wrapped?.box.width).toBe(single?.box.width);
    expect(wrapped?.box.height).toBe(single?.box.height);
  });

  it("clears the results and says so when the search index cannot be downloaded", async () => {
    const { page, status } = await search(routes.search("riquadro"), { ownPage: true });
    await shownChoices(page);
    expect((await resultTitles(page)).length).toBeGreaterThan(0);
    await page.context().route("**/pagefind/**", (route) => route.abort());
    const field = page.getByLabel("Che cosa cerchi?");
    await field.fill("automobili");
    await field.press("Enter");
    await expect.poll(() => status.textContent()).toBe(searchText.searchUnavailable);
    expect(await resultTitles(page)).toEqual([]);
    expect(await page.locator("[data-search-filters] input").count()).toBe(0);
  });

  it("tells readers without JavaScript where to look instead", async () => {
    const { page } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}${routes.search("motori")}`);
    const main = page.locator("main");
    expect(await main.textContent()).toContain("La ricerca funziona con JavaScript");
    expect(await main.getByRole("link", { name: t.archiveTitle }).count()).toBe(1);
    expect(await page.locator("[data-search-app]").isVisible()).toBe(false);
  });

  it("has no accessibility violations with results and filters shown", async () => {
    const { page } = await search(routes.search("prova"));
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("the English search", () => {
  /** Opens an English search and waits for its count, in English. */
  async function searchInEnglish(query: string) {
    const page = await browserTab.visit(enRoutes.search(query));
    const status = page.locator("[data-search-status]");
    await expect.poll(() => status.textContent()).toMatch(/\d+ results?/);
    await waitForFirstPage(page, /(\d+) results?/);
    return { page };
  }
  const resultLinks = (page: Page) =>
    page
      .locator("[data-search-results] a")
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );

  it("finds only English pages, with its filters in English", async () => {
    const { page } = await searchInEnglish("test");
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(2);
    expect(links.filter((link) => !link.startsWith("/en/"))).toEqual([]);
    await page.locator("[data-search-filters] legend").first().waitFor();
    const legends = await page.locator("[data-search-filters] legend").allTextContents();
    expect(legends.map((legend) => legend.trim())).toContain("Section");
    const labels = await page.locator("[data-search-filters] label").allTextContents();
    expect(labels.some((label) => label.startsWith("Members"))).toBe(true);
    expect(labels.some((label) => /Membri|Notizie/.test(label))).toBe(false);
  });

  it("finds the words only the English version has, which the Italian search does not", async () => {
    const { page } = await searchInEnglish("zanzibarite");
    expect(await resultLinks(page)).toEqual(["/en/news/2026/published-test-article/"]);
    const italian = await search(routes.search("zanzibarite"));
    expect(countIn(await italian.status.textContent())).toBe(0);
  });

  it("links to the Italian search with the same words", async () => {
    const { page } = await searchInEnglish("test");
    const elsewhere = page.locator("[data-search-elsewhere]");
    expect(await elsewhere.getAttribute("hreflang")).toBe("it");
    expect(new URL((await elsewhere.getAttribute("href")) ?? "", site.origin).href).toBe(
      `${site.origin}${routes.search("test")}`,
    );
  });
});

describe("the Italian search", () => {
  it("finds only Italian pages", async () => {
    const { page } = await search(routes.search("prova"));
    const links = await page
      .locator("[data-search-results] a")
      .evaluateAll((found) =>
        found.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((link) => link.startsWith("/en/"))).toEqual([]);
  });
});
