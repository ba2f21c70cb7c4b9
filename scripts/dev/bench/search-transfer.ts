/**
 * What a reader downloads for a first search: opens /cerca/?q=… in Chromium with an empty cache
 * and adds up the bytes received over the network (headers and gzipped bodies) from the
 * navigation until the first result is on screen, and Pagefind's part of them.
 */
import { launchBrowser } from "../chromium.ts";
import { serveStatic } from "../../../tests/support/static-server.ts";

export interface TransferItem {
  url: string;
  bytes: number;
}

export interface SearchTransfer {
  query: string;
  /** Bytes received for the requests sent before the first result showed. */
  totalBytes: number;
  pagefindBytes: number;
  requests: number;
  /** Bytes received once the page had been quiet for a second (lazy fragments included). */
  settledBytes: number;
  settledPagefindBytes: number;
  resultsShownAfterMs: number;
  items: TransferItem[];
}

export async function measureSearchTransfer(dist: string, query: string): Promise<SearchTransfer> {
  const server = await serveStatic(dist, { headersFile: true, gzip: true });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ locale: "it-IT" });
    const page = await context.newPage();
    // The page notes the moment the first result is in the document (epoch milliseconds, the
    // clock of request timings): events reach this process later than they happen.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector("[data-search-results] li")) {
          (window as unknown as { firstResultAt: number }).firstResultAt = Date.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    // A fresh context has an empty cache. Each finished request: its headers and its body as
    // received (compressed when the server compressed it), and when it was sent.
    const finished: Promise<TransferItem & { at: number }>[] = [];
    page.on("requestfinished", (request) => {
      finished.push(
        request.sizes().then((sizes) => ({
          url: request.url().replace(server.origin, ""),
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
          at: request.timing().startTime,
        })),
      );
    });
    const snapshot = async (until: number) => {
      const items = (await Promise.all(finished)).filter((item) => item.at <= until);
      const sum = (list: TransferItem[]) => list.reduce((total, item) => total + item.bytes, 0);
      return {
        items: items.map(({ url, bytes }) => ({ url, bytes })),
        total: sum(items),
        pagefind: sum(items.filter((item) => item.url.startsWith("/pagefind/"))),
      };
    };
    const navigationStart = Date.now();
    await page.goto(`${server.origin}/cerca/?q=${encodeURIComponent(query)}`);
    await page.locator("[data-search-results] li").first().waitFor({ timeout: 30_000 });
    const shownAt = await page.evaluate(
      () => (window as unknown as { firstResultAt: number }).firstResultAt,
    );
    let count = -1;
    while (count !== finished.length) {
      count = finished.length;
      await page.waitForTimeout(1000);
    }
    const atResults = await snapshot(shownAt);
    const settled = await snapshot(Number.POSITIVE_INFINITY);
    return {
      query,
      totalBytes: atResults.total,
      pagefindBytes: atResults.pagefind,
      requests: atResults.items.length,
      settledBytes: settled.total,
      settledPagefindBytes: settled.pagefind,
      resultsShownAfterMs: Math.round(shownAt - navigationStart),
      items: settled.items,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
