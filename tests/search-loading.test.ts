/**
 * When Pagefind's files are downloaded: not before the reader shows they mean to search, then
 * as early as possible, each file once. Byte and request facts only, never times.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { searchEngineFiles } from "../src/lib/search-engine";
import { routes } from "../src/routes";
import { site as siteSettings } from "../src/site";
import { openPage, siteInBrowser } from "./support/browser";
import { fixtureDist } from "./support/build-site";
import { readPages } from "./support/dist";

const site = siteInBrowser(fixtureDist);
const searchPage = readPages(fixtureDist).find((page) => page.url === routes.search());

/** Every address the page asks for from now on, its origin left out. */
function requestsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    seen.push(request.url().replace(site.origin, ""));
  });
  return seen;
}

/** Pagefind's WebAssembly for the site's language. */
const WASM = new RegExp(`/wasm\\.${siteSettings.language}\\.pagefind$`);

const fromEngine = (addresses: string[]) =>
  addresses.filter((address) => address.startsWith(routes.searchEngine()));

describe("loading the search engine", () => {
  it("downloads nothing of Pagefind on a page whose search field the reader has not touched", async () => {
    const { page } = await openPage(site.browser);
    const requests = requestsOf(page);
    await page.goto(`${site.origin}${routes.members()}`);
    await page.waitForLoadState("networkidle");
    expect(requests.length).toBeGreaterThan(0);
    expect(fromEngine(requests)).toEqual([]);
  });

  it("starts downloading Pagefind when the header's field gets the focus, and the index as the reader types", async () => {
    const { page } = await openPage(site.browser);
    const requests = requestsOf(page);
    await page.goto(`${site.origin}${routes.members()}`);
    await page.waitForLoadState("networkidle");
    await page.getByRole("searchbox", { name: "Cerca nel sito" }).focus();
    await expect
      .poll(() => fromEngine(requests))
      .toEqual(
        expect.arrayContaining([
          searchEngineFiles.bundle(),
          expect.stringMatching(/\.pf_meta$/),
          expect.stringMatching(WASM),
        ]),
      );
    expect(fromEngine(requests).some((address) => address.endsWith(".pf_index"))).toBe(false);
    await page.keyboard.type("riquadro");
    await expect
      .poll(() => fromEngine(requests).some((address) => address.endsWith(".pf_index")))
      .toBe(true);
    // The search itself happens on the search page, after Enter.
    expect(fromEngine(requests).some((address) => address.endsWith(".pf_fragment"))).toBe(false);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator("[data-search-results] h2").first().textContent())
      .toBe("Un articolo MDX con un riquadro");
  });

  it("preloads Pagefind's code from the search page's head, a file the build wrote", () => {
    const links = searchPage?.document.querySelectorAll(
      'head link[rel="modulepreload"], head link[rel="preload"]',
    );
    const addresses = (links ?? []).map((link) => link.getAttribute("href") ?? "");
    expect(addresses).toEqual([searchEngineFiles.bundle()]);
    for (const address of addresses) {
      expect(address.startsWith(routes.searchEngine()), address).toBe(true);
      const file = path.join(fixtureDist, new URL(address, site.origin).pathname);
      expect(existsSync(file), address).toBe(true);
    }
  });

  it("downloads Pagefind's code, WebAssembly and metadata once each on the search page, its code preloaded by the head", async () => {
    const { page } = await openPage(site.browser);
    const requests = requestsOf(page);
    await page.goto(`${site.origin}${routes.search("riquadro")}`);
    await page.locator("[data-search-results] li").first().waitFor();
    await page.waitForLoadState("networkidle");
    // A preload the engine did not use would download its file a second time.
    expect(requests.filter((request) => request === searchEngineFiles.bundle())).toHaveLength(1);
    expect(requests.filter((request) => WASM.test(request))).toHaveLength(1);
    expect(requests.filter((request) => request.endsWith(".pf_meta"))).toHaveLength(1);
  });

  it("gives Pagefind the same options on every page, so the search page reuses what the header's field fetched", () => {
    const pages = readPages(fixtureDist);
    const settings = new Set(
      pages.map((page) => {
        // The header's field, or on the search page its own, which loads Pagefind on arrival.
        const fields = page.document.querySelectorAll("[data-engine]");
        expect(fields, page.url).toHaveLength(1);
        const inHeader = page.document.querySelector("header [data-engine]") !== null;
        expect(inHeader, page.url).toBe(page.url !== routes.search());
        return `${fields[0]?.getAttribute("data-engine")} ${fields[0]?.getAttribute("data-engine-options")}`;
      }),
    );
    expect(pages.length).toBeGreaterThan(10);
    expect(settings.size).toBe(1);
  });
});
