/**
 * What a reader downloads for a first search: opens /cerca/?q=… in Chromium with an empty cache
 * and adds up the bytes received over the network (headers and gzipped bodies) from the
 * navigation until the first result is on screen, and Pagefind's part of them.
 */
import { chromium } from "playwright-core";
import { serveSite } from "./serve.ts";

/** Debian's chromium, never a downloaded browser; CHROMIUM_PATH may point elsewhere. */
export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/**
 * The flags of tests/support/browser.ts: without the background-networking ones Chromium keeps
 * calling Google's hosts, which a closed network refuses.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface TransferItem {
  url: string;
  bytes: number;
}

export interface SearchTransfer {
  query: string;
  /** Bytes received until the first result showed. */
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
  const server = await serveSite(dist);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const context = await browser.newContext({ locale: "it-IT" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const urls = new Map<string, string>();
    const received = new Map<string, number>();
    cdp.on("Network.requestWillBeSent", (event) => urls.set(event.requestId, event.request.url));
    cdp.on("Network.loadingFinished", (event) =>
      received.set(event.requestId, event.encodedDataLength),
    );
    const snapshot = () => {
      const items = [...received].map(([id, bytes]) => ({
        url: (urls.get(id) ?? id).replace(server.origin, ""),
        bytes,
      }));
      const sum = (list: TransferItem[]) => list.reduce((total, item) => total + item.bytes, 0);
      return {
        items,
        total: sum(items),
        pagefind: sum(items.filter((item) => item.url.startsWith("/pagefind/"))),
      };
    };
    const started = performance.now();
    await page.goto(`${server.origin}/cerca/?q=${encodeURIComponent(query)}`);
    await page.locator("[data-search-results] li").first().waitFor({ timeout: 30_000 });
    const shownAfter = performance.now() - started;
    const atResults = snapshot();
    let count = -1;
    while (count !== received.size) {
      count = received.size;
      await page.waitForTimeout(1000);
    }
    const settled = snapshot();
    return {
      query,
      totalBytes: atResults.total,
      pagefindBytes: atResults.pagefind,
      requests: atResults.items.length,
      settledBytes: settled.total,
      settledPagefindBytes: settled.pagefind,
      resultsShownAfterMs: Math.round(shownAfter),
      items: settled.items,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
