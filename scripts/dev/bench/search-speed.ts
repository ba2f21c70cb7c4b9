/**
 * How soon the first search result shows, on a phone as Lighthouse imagines one: Chromium with
 * its network throttled (150 ms round trip, 1.6 Mbit/s down, 750 Kbit/s up) and its CPU four
 * times slower, through the DevTools protocol. Three figures, each the median of a few runs in a
 * fresh browser context (an empty cache):
 * - **navigation**: `/cerca/?q=…` opened, until the first result is in the page;
 * - **header**: on an article, the reader clicks the header's field and types the query: from
 *   the last keystroke until the first result is listed under the field;
 * - **second query**: on `/cerca/` after the first search, the reader types another query: from
 *   the last keystroke until its first result replaces the earlier ones.
 *
 * `node scripts/dev/bench/search-speed.ts <dist> [query] [second query]` measures a built site alone.
 */
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { routes } from "../../../src/routes.ts";
import { launchBrowser } from "../chromium.ts";
import { serveStatic } from "../../../tests/support/static-server.ts";

/** Lighthouse's mobile profile, as the issue states it. */
export const THROTTLING = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
} as const;

/** Each figure is the median of this many runs. */
const RUNS = 3;
/** A brisk typist on a phone: milliseconds between two keys. */
const KEY_DELAY_MS = 180;

export interface SearchSpeed {
  query: string;
  secondQuery: string;
  runs: number;
  /** Milliseconds, the median of the runs, then every run. */
  navigationMs: number;
  headerMs: number;
  secondQueryMs: number;
  samples: { navigation: number[]; header: number[]; secondQuery: number[] };
  /** One-minute load average before and after: CPU throttling on a busy machine inflates all. */
  load: [number, number];
}

/**
 * In every document: the time (epoch ms, the same clock in every page of the context) of the
 * last key pressed, kept across the navigation an Enter causes, and of the first result that
 * was not already on screen when `markShown()` was last called.
 */
function watchResults() {
  const w = window as unknown as {
    firstResultAt?: number;
    /** The query whose results count: the status names it once they are on screen. */
    expected?: string;
    markShown: (expected: string) => void;
  };
  addEventListener(
    "keydown",
    () => {
      sessionStorage.setItem("lastKeyAt", String(Date.now()));
    },
    { capture: true },
  );
  w.markShown = (expected) => {
    for (const item of document.querySelectorAll(
      "[data-search-results] li, [data-quick-results] li",
    )) {
      item.setAttribute("data-bench-seen", "");
    }
    delete w.firstResultAt;
    w.expected = expected;
  };
  // The search page's results, and those listed under the header's field.
  const areas = [
    ["[data-search-results]", "[data-search-status]"],
    ["[data-quick-results]", "[data-quick-status]"],
  ] as const;
  new MutationObserver(() => {
    if (w.firstResultAt !== undefined) return;
    const shown = areas.some(([results, status]) => {
      if (!document.querySelector(`${results} li:not([data-bench-seen])`)) return false;
      // Results of a word typed halfway, shown while the reader still types, do not count.
      const said = document.querySelector(status)?.textContent ?? "";
      return w.expected === undefined || said.includes(`«${w.expected}»`);
    });
    if (shown) w.firstResultAt = Date.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function throttledPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "it-IT" });
  const page = await context.newPage();
  await page.addInitScript(watchResults);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: THROTTLING.downloadBytesPerSecond,
    uploadThroughput: THROTTLING.uploadBytesPerSecond,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLING.cpuSlowdown });
  return page;
}

const firstResultAt = async (page: Page) => {
  await page.waitForFunction(
    () => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined,
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
};

const lastKeyAt = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem("lastKeyAt")));

/** `/cerca/?q=…` from an empty cache: the first result, in ms since the navigation started. */
async function navigationRun(browser: Browser, origin: string, query: string) {
  const page = await throttledPage(browser);
  try {
    await page.goto(`${origin}${routes.search(query)}`);
    const shown = await firstResultAt(page);
    return Math.round(shown - (await page.evaluate(() => performance.timeOrigin)));
  } finally {
    await page.context().close();
  }
}

/** Typing a second query on the search page once the first one's results are shown. */
async function secondQueryRun(browser: Browser, origin: string, query: string, second: string) {
  const page = await throttledPage(browser);
  try {
    await page.goto(`${origin}${routes.search(query)}`);
    await firstResultAt(page);
    // The filters and their counts drawn, as they would be while the reader reads the results.
    await page.locator("[data-search-filters] input").first().waitFor({ timeout: 60_000 });
    await page.evaluate((expected) => {
      (window as unknown as { markShown: (expected: string) => void }).markShown(expected);
    }, second);
    await page.locator("[data-search-input]").fill("");
    await page.locator("[data-search-input]").pressSequentially(second, { delay: KEY_DELAY_MS });
    const shown = await firstResultAt(page);
    return Math.round(shown - (await lastKeyAt(page)));
  } finally {
    await page.context().close();
  }
}

/** From an article: the header's field clicked, the query typed. */
async function headerRun(browser: Browser, origin: string, article: string, query: string) {
  const page = await throttledPage(browser);
  try {
    await page.goto(`${origin}${article}`);
    await page.waitForLoadState("networkidle");
    await page.evaluate((expected) => {
      (window as unknown as { markShown: (expected: string) => void }).markShown(expected);
    }, query);
    const field = page.locator("header input[type=search]");
    await field.click();
    await field.pressSequentially(query, { delay: KEY_DELAY_MS });
    const shown = await firstResultAt(page);
    return Math.round(shown - (await lastKeyAt(page)));
  } finally {
    await page.context().close();
  }
}

/** The middle value; of an even count, the upper of the two middle ones. */
export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export async function measureSearchSpeed(
  dist: string,
  query: string,
  secondQuery: string,
  /** A page with the header's field and nothing of the search page: an article. */
  article: string,
): Promise<SearchSpeed> {
  const server = await serveStatic(dist, { headersFile: true, gzip: true });
  const browser = await launchBrowser();
  const load: [number, number] = [os.loadavg()[0] ?? 0, 0];
  const samples: SearchSpeed["samples"] = { navigation: [], header: [], secondQuery: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      samples.navigation.push(await navigationRun(browser, server.origin, query));
      samples.header.push(await headerRun(browser, server.origin, article, query));
      samples.secondQuery.push(await secondQueryRun(browser, server.origin, query, secondQuery));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  load[1] = os.loadavg()[0] ?? 0;
  return {
    query,
    secondQuery,
    runs: RUNS,
    navigationMs: median(samples.navigation),
    headerMs: median(samples.header),
    secondQueryMs: median(samples.secondQuery),
    samples,
    load,
  };
}

/** The address of an article of a built site: the first of the first year folder. */
export function anArticle(dist: string): string {
  const newsFolder = path.join(dist, routes.news());
  const year = readdirSync(newsFolder).find((name) => /^\d{4}$/.test(name));
  const slug = year && readdirSync(path.join(newsFolder, year))[0];
  if (!year || !slug) throw new Error(`Nessun articolo in ${newsFolder}`);
  return routes.article({ year, slug });
}

if (import.meta.main) {
  const [dist, query = "motori", second = "sicurezza"] = process.argv.slice(2);
  if (!dist) {
    console.error("Uso: node scripts/dev/bench/search-speed.ts <dist> [query] [seconda query]");
    process.exit(1);
  }
  const speed = await measureSearchSpeed(path.resolve(dist), query, second, anArticle(dist));
  console.log(JSON.stringify(speed, null, 2));
}
