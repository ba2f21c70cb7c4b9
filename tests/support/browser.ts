import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFinished } from "vitest";
import { launchBrowser } from "../../scripts/dev/chromium.ts";
import { testEnvironment } from "./build-site";
import { serveStatic, type ServeOptions, type StaticServer } from "./static-server";

let workerBrowser: Promise<Browser | undefined> | undefined;

/**
 * The worker's headless Chromium: launched by the first browser test file the worker runs and
 * kept for the next ones, which share its process (vitest.config.ts); 16 files launched one each,
 * at about 0.7 s of CPU a launch. Each file opens contexts of its own and closes them
 * (siteInBrowser closes any left); Playwright stops the browser when the process exits.
 */
export async function sharedBrowser(): Promise<Browser> {
  const current = await workerBrowser;
  if (current?.isConnected()) return current;
  const launched = launchBrowser();
  workerBrowser = launched.catch(() => undefined);
  return launched;
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** A page in a new Italian context, with its console errors and uncaught exceptions collected. */
async function watchedPage(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext({ locale: "it-IT", ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { context, page, errors };
}

/**
 * A new page in a context of its own, for the current test. Its console errors and uncaught
 * exceptions are collected, and when the test ends it fails if there was any, then the context
 * is closed: every visit of every browser test asserts a clean console, without asking.
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
  /** Console errors the test provokes on purpose (a request made to fail), said out loud. */
  { expectedErrors }: { expectedErrors?: RegExp } = {},
): Promise<WatchedPage> {
  const { context, page, errors } = await watchedPage(browser, options);
  onTestFinished(async () => {
    try {
      const unexpected = errors.filter((error) => !expectedErrors?.test(error));
      expect(unexpected, `console errors on ${page.url()}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
  return { page, errors };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core's WCAG 2.2 A and AA rules on the page and returns what it found. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Once per page: a second run on the same page (the other theme) finds it there.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: unknown) => Promise<unknown> } }).axe;
    const results = (await axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    })) as { violations: AxeViolation[] };
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
}

export interface SiteInBrowser {
  browser: Browser;
  /** Where the built site is served, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Every address the server sent, in order (see StaticServer). */
  served: string[];
}

/** Serves a built site and starts Chromium before the file's tests, and stops both after. */
export function siteInBrowser(dist: string, options: ServeOptions = {}): SiteInBrowser {
  const state = {} as SiteInBrowser;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [state.browser, server] = await Promise.all([sharedBrowser(), serveStatic(dist, options)]);
    state.origin = server.origin;
    state.served = server.served;
  });
  afterAll(async () => {
    // The browser is still undefined if beforeAll failed.
    await closeContexts(state.browser);
    await server?.close();
  });
  return state;
}

/** Closes what a file left open in the shared browser, so that the next file starts clean. */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
}

/**
 * One page for all the tests of a file that only open pages and read them (no clicks, no
 * storage): a context of its own per test costs Chromium a new renderer process, and axe on
 * every page of a site took 38 s that way, 15 s on one page. Each visit still asserts a clean
 * console when its test ends, as `openPage` does.
 */
export function sharedPage(site: SiteInBrowser, options: BrowserContextOptions = {}) {
  let watched: Awaited<ReturnType<typeof watchedPage>> | undefined;
  beforeAll(async () => {
    watched = await watchedPage(site.browser, options);
  });
  afterAll(async () => {
    await watched?.context.close();
  });
  return {
    /** Opens an address of the site (or of another served at `origin`), for the current test. */
    async visit(address: string, origin = site.origin): Promise<Page> {
      if (!watched) throw new Error("sharedPage: the browser did not start");
      const { page, errors } = watched;
      const seen = errors.length;
      onTestFinished(() => {
        expect(errors.slice(seen), `console errors on ${address}`).toEqual([]);
      });
      await page.goto(`${origin}${address}`);
      return page;
    },
  };
}

/**
 * Answers the browser's requests for the public site's addresses (SITE_URL, which absolute links
 * and e-mails use) from the built site served at `localOrigin`, as if it were published there.
 */
export async function servePublicSiteFrom(context: BrowserContext, localOrigin: string) {
  await context.route(`${testEnvironment.SITE_URL}/**`, async (route) => {
    const { pathname, search } = new URL(route.request().url());
    try {
      await route.fulfill({
        response: await route.fetch({ url: `${localOrigin}${pathname}${search}` }),
      });
    } catch {
      // The test is over and its page closed while a request (an icon) was still on its way.
    }
  });
}
