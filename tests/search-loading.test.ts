/**
 * When Pagefind's files are downloaded: not before the reader shows they mean to search, then
 * as early as possible, each file once. Byte and request facts only, never times.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  INDEX_HASH_ATTRIBUTE,
  indexFiles,
  searchEngineFiles,
} from "../src/lib/search/pagefind-files";
import { searchText } from "../src/i18n/it";
import { enRoutes, routes } from "../src/routes";
import { site as siteSettings } from "../src/site";
import { openPage, siteInBrowser } from "./support/browser";
import { fixtureDist } from "./support/build-site";
import { readPages } from "./support/dist";

// With the headers the static host sends: they let Pagefind's worker reuse what the page fetched.
const site = siteInBrowser(fixtureDist, { headersFile: true });
const pages = readPages(fixtureDist);
const searchPage = pages.find((page) => page.url === routes.search());

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

const entryFile = searchEngineFiles.entry("").replace(/\?.*/, "?");
/** The files Pagefind needs before its first search, each asked for by the page and the worker. */
const START_FILES: Record<string, (address: string) => boolean> = {
  code: (address) => address === searchEngineFiles.bundle(),
  worker: (address) => address === searchEngineFiles.worker(),
  WebAssembly: (address) => WASM.test(address),
  "entry file": (address) => address.startsWith(entryFile),
  metadata: (address) => address.endsWith(".pf_meta"),
};

/** Each of those the browser asked for, and the server sent once. */
function expectEachStartFileServedOnce(requests: string[], servedSince: string[]): void {
  const served = fromEngine(servedSince);
  for (const [name, isFile] of Object.entries(START_FILES)) {
    expect(requests.filter(isFile).length, name).toBeGreaterThan(0);
    expect(served.filter(isFile), name).toHaveLength(1);
  }
}

/** A page whose downloads the test refuses on purpose: the browser reports each refusal. */
const pageRefusingDownloads = () =>
  openPage(
    site.browser,
    {},
    { expectedErrors: /net::ERR_FAILED|Failed to fetch dynamically imported module/ },
  );

/** The search's code, the file every page's header names, to import on demand. */
const searchCodeOf = async (page: Page) =>
  (await page.locator("header [data-search-code]").getAttribute("data-search-code")) ?? "";

const headerField = (page: Page) =>
  page.getByRole("searchbox", { name: searchText.searchHeaderLabel });
const firstHeaderResult = (page: Page) => page.locator("header [data-quick-results] a").first();

describe("loading the search engine", () => {
  it("downloads nothing of Pagefind on a page whose search field the reader has not touched", async () => {
    const { page } = await openPage(site.browser);
    const requests = requestsOf(page);
    await page.goto(`${site.origin}${routes.members()}`);
    await page.waitForLoadState("networkidle");
    expect(requests.length).toBeGreaterThan(0);
    expect(fromEngine(requests)).toEqual([]);
  });

  it("starts downloading Pagefind and the index's entry file and metadata when the header's field gets the focus, and the index's words as the reader types, each file once", async () => {
    const { page } = await openPage(site.browser);
    const requests = requestsOf(page);
    await page.goto(`${site.origin}${routes.members()}`);
    await page.waitForLoadState("networkidle");
    const servedBefore = site.served.length;
    await headerField(page).focus();
    await expect
      .poll(() => fromEngine(requests))
      .toEqual(
        expect.arrayContaining([
          searchEngineFiles.bundle(),
          searchEngineFiles.worker(),
          expect.stringMatching(/\.pf_meta$/),
          expect.stringMatching(WASM),
        ]),
      );
    expect(fromEngine(requests).some((address) => address.endsWith(".pf_index"))).toBe(false);
    await page.keyboard.type("riquadro");
    await expect
      .poll(() => firstHeaderResult(page).textContent())
      .toContain("Un articolo MDX con un riquadro");
    expect(fromEngine(requests).some((address) => address.endsWith(".pf_index"))).toBe(true);
    await page.waitForLoadState("networkidle");
    expectEachStartFileServedOnce(requests, site.served.slice(servedBefore));
  });

  it("asks for the index's entry file and metadata from the header's field without waiting for the search's code", async () => {
    // The search's code is refused below, to prove that the header's own script asks for them.
    const { page } = await pageRefusingDownloads();
    const requests = requestsOf(page);
    await page.goto(`${site.origin}${routes.members()}`);
    await page.waitForLoadState("networkidle");
    const searchCode = await searchCodeOf(page);
    expect(searchCode).toMatch(/^\/_astro\/.+\.js$/);
    await page.route(`${site.origin}${searchCode}`, (route) => route.abort());
    await headerField(page).focus();
    const asked = (file: string) => requests.some((address) => START_FILES[file]?.(address));
    await expect.poll(() => [asked("entry file"), asked("metadata")]).toEqual([true, true]);
    expect(requests).toContain(searchCode);
  });

  it("tries the search's code again on the next focus of the header's field when its download failed", async () => {
    const { page } = await pageRefusingDownloads();
    await page.goto(`${site.origin}${routes.members()}`);
    const searchCode = await searchCodeOf(page);
    let refused = 0;
    await page.route(`${site.origin}${searchCode}`, (route) =>
      refused++ ? route.fallback() : route.abort(),
    );
    const field = headerField(page);
    await field.fill("riquadro");
    // Focused again until the code is in: the browser may still be handling the failed import.
    await expect
      .poll(async () => {
        if (refused === 1) {
          await field.blur();
          await field.focus();
        }
        return firstHeaderResult(page).textContent();
      })
      .toContain("Un articolo MDX con un riquadro");
    expect(refused).toBe(2);
  });

  it("says so under the header's field when Pagefind's code fails to download, and tries again at the next key", async () => {
    const { page } = await pageRefusingDownloads();
    await page.goto(`${site.origin}${routes.members()}`);
    // The import only: the header's script also downloads the file beforehand, into the cache.
    let imports = 0;
    await page.route(`${site.origin}${searchEngineFiles.bundle()}`, (route) =>
      route.request().resourceType() === "script" && imports++ === 0
        ? route.abort()
        : route.fallback(),
    );
    const field = headerField(page);
    await field.fill("riquadro");
    const status = page.locator("header [role=status]");
    await expect.poll(() => status.textContent()).toBe(searchText.searchUnavailable);
    await field.pressSequentially(" ");
    await expect
      .poll(() => firstHeaderResult(page).textContent())
      .toContain("Un articolo MDX con un riquadro");
    expect(imports).toBe(2);
  });

  it("preloads the search's code, Pagefind's, and the index's entry file and metadata from the search page's head, files the build wrote", () => {
    const links = searchPage?.document.querySelectorAll(
      'head link[rel="modulepreload"], head link[rel="preload"]',
    );
    const addresses = (links ?? []).map((link) => link.getAttribute("href") ?? "");
    // The search's code: the file every page's header names, to import on demand.
    const searchCode = searchPage?.document
      .querySelector("header [data-search-code]")
      ?.getAttribute("data-search-code");
    expect(searchCode).toMatch(/^\/_astro\/.+\.js$/);
    // The index the build wrote last, whose hash the page carries for the loader.
    const entry = JSON.parse(
      readFileSync(path.join(fixtureDist, routes.searchEngine(), "pagefind-entry.json"), "utf8"),
    ) as { languages: Record<string, { hash: string }> };
    const hash = entry.languages[siteSettings.language]?.hash ?? "";
    expect(
      searchPage?.document
        .querySelector(`[${INDEX_HASH_ATTRIBUTE}]`)
        ?.getAttribute(INDEX_HASH_ATTRIBUTE),
    ).toBe(hash);
    expect(addresses).toEqual([searchCode, searchEngineFiles.bundle(), ...indexFiles(hash)]);
    for (const address of addresses) {
      const file = path.join(fixtureDist, new URL(address, site.origin).pathname);
      expect(existsSync(file), address).toBe(true);
    }
  });

  it("downloads each of Pagefind's files once on the search page, though the page and Pagefind's worker both ask for them", async () => {
    const { page } = await openPage(site.browser);
    const requests = requestsOf(page);
    const servedBefore = site.served.length;
    await page.goto(`${site.origin}${routes.search("riquadro")}`);
    await page.locator("[data-search-results] li").first().waitFor();
    await page.waitForLoadState("networkidle");
    expectEachStartFileServedOnce(requests, site.served.slice(servedBefore));
    // The page asks first, then the worker, which the cache answers.
    expect(requests.filter((address) => WASM.test(address)).length).toBeGreaterThan(1);
  });

  it("says so on the search page when the search's code fails to download, and only then", async () => {
    const { page } = await pageRefusingDownloads();
    const failure = page.getByRole("alert").filter({ hasText: searchText.searchUnavailable });
    await page.goto(`${site.origin}${routes.search("riquadro")}`);
    await page.locator("[data-search-results] li").first().waitFor();
    expect(await failure.isVisible()).toBe(false);

    const searchCode = await searchCodeOf(page);
    // Its preload from the head too, which the import would otherwise take.
    await page.route(`${site.origin}${searchCode}`, (route) => route.abort());
    await page.reload();
    await failure.waitFor();
    expect(await page.locator("[data-search-app]").isVisible()).toBe(false);
  });

  it("lists results under the header's field on every page but the search pages", () => {
    expect(pages.length).toBeGreaterThan(10);
    const searchPages = [routes.search(), enRoutes.search()];
    for (const page of pages) {
      const quick = page.document.querySelector("header form[data-quick-search]");
      expect(quick !== null, page.url).toBe(!searchPages.includes(page.url));
    }
  });
});
