import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { parse } from "node-html-parser";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchText } from "../src/i18n/it";
import { buildEnvironment } from "../scripts/build/build-environment.ts";
import { takeAstroFolder } from "./support/astro-folder";
import { closeContexts, sharedBrowser, openPage } from "./support/browser";
import { fixtureContent, projectRoot, testEnvironment } from "./support/build-site";

// Neither under tests/tmp/ nor tests/.output/, which the preview does not watch (astro.config.mjs).
const scratch = path.join(projectRoot, "tests/.preview");
const content = path.join(scratch, "content");
const shownContent = path.relative(projectRoot, content);

/**
 * The environment of a build, but in Astro's development mode and without Vitest's variables:
 * the preview's content check stays quiet inside Vitest.
 */
function previewEnvironment(): NodeJS.ProcessEnv {
  const environment = buildEnvironment({
    ...testEnvironment,
    NODE_ENV: "development",
    CONTENT_DIR: shownContent,
    ASTRO_CACHE_DIR: path.join(scratch, "cache"),
  });
  return Object.fromEntries(
    Object.entries(environment).filter(([name]) => !name.startsWith("VITEST")),
  );
}

/** A port no other server holds now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Resolves once `ready` holds, checking every 100 ms; fails after `timeout` ms. */
async function waitUntil(ready: () => boolean, timeout: number, what: string): Promise<void> {
  const end = Date.now() + timeout;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`Not ${what} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Replaces `pubDate`'s value in a fixture file of the copy, as an editor's slip would. */
function writeDate(file: string, date: string) {
  const target = path.join(content, file);
  writeFileSync(target, readFileSync(target, "utf8").replace(/^pubDate: .*$/m, `pubDate: ${date}`));
}

describe("the preview (npm run dev) with a file the content check refuses", () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let output = "";
  let origin = "";

  let releaseAstroFolder: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    // The preview rewrites .astro/ whenever the content changes, until it stops.
    releaseAstroFolder = await takeAstroFolder();
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    cpSync(fixtureContent, content, { recursive: true });
    // An article nothing else refers to: the preview can leave it out and show every page.
    writeDate("news/2019/articolo-d-archivio.md", "domani");
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      ["node_modules/astro/bin/astro.mjs", "dev", "--host", "127.0.0.1", "--port", `${port}`],
      {
        cwd: projectRoot,
        env: previewEnvironment(),
      },
    );
    server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await waitUntil(() => output.includes(origin), 60_000, `listening:\n${output}`);
  });

  afterAll(async () => {
    await closeContexts(browser);
    if (server?.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill();
      await exited;
    }
    rmSync(scratch, { recursive: true, force: true });
    await releaseAstroFolder?.();
  });

  const page = async (address: string) => {
    const response = await fetch(new URL(address, origin));
    return { status: response.status, html: parse(await response.text()) };
  };
  /** The preview's list of the content check's errors at the top of a page, as text. */
  const banner = async (address: string) =>
    (await page(address)).html.querySelector('[role="alert"]')?.text ?? "";
  const problem = (file: string, date: string) =>
    `${shownContent}/${file}:4  pubDate  data non valida: "${date}".`;

  it("prints the content check's Italian report when it starts, and keeps running", async () => {
    expect(output).toContain("1 errore (file:riga  campo  problema  cosa fare):");
    expect(output).toContain(problem("news/2019/articolo-d-archivio.md", "domani"));
    expect(output).not.toContain("InvalidContentEntryDataError");
    expect((await page("/")).status).toBe(200);
    expect(server?.exitCode).toBeNull();
  });

  it("says at the top of the page that a file has an error, and which", async () => {
    const text = await banner("/notizie/");
    expect(text).toContain("Un file dei contenuti ha un errore");
    expect(text).toContain(problem("news/2019/articolo-d-archivio.md", "domani"));
  });

  it("checks again when a file changes, and shows the last good version of a refused file", async () => {
    // Another issue of the newsletter presents this article: leaving it out would break the page.
    writeDate("news/2025/articolo-vecchio.md", "ieri");
    await expect
      .poll(() => output, { timeout: 20_000 })
      .toContain(problem("news/2025/articolo-vecchio.md", "ieri"));
    expect(output).not.toContain("Failed to reload");
    await expect
      .poll(() => banner("/notizie/"), { timeout: 20_000 })
      .toContain("I file dei contenuti hanno 2 errori");
    const article = await page("/notizie/2025/articolo-vecchio/");
    expect(article.status).toBe(200);
    expect(server?.exitCode).toBeNull();
  });

  it("says on the search page that the search works on the built site", async () => {
    const note = (await page("/cerca/")).html.querySelector('main [role="note"]')?.text;
    expect(note).toContain("npm run build e poi npm run preview");
  });

  it("says in the header's list that the search works on the built site", async () => {
    browser = await sharedBrowser();
    // The preview has no search engine to download, and the browser says so; a 504 is Vite
    // refusing a module of the dependencies it has just prepared again, before it reloads.
    const { page } = await openPage(browser, {}, { expectedErrors: /404|504|pagefind/i });
    const seen: string[] = [];
    page.on("console", (message) => seen.push(`${message.type()}: ${message.text()}`));
    page.on("requestfailed", (request) =>
      seen.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
    );
    const field = page.getByRole("searchbox", { name: searchText.searchHeaderLabel });
    const notBuilt = page.locator("header [role=status]", { hasText: searchText.searchNotBuilt });
    // The dev server compiles the search's modules when the focus asks for them, which takes
    // long on a loaded machine, and Vite may reload the page once it has prepared them, losing
    // the words typed: a reader would open the page again and type again, and so does the test.
    // (Seen in CI: the status still empty after 60 s with the words in the field.)
    const visit = async () => {
      await page.goto(`${origin}/`);
      await field.click();
      await field.pressSequentially("distretto");
      await notBuilt.waitFor({ timeout: 15_000 });
    };
    // Visits start for 75 s at most, so that the diagnostics are printed before the timeout.
    const lastStart = Date.now() + 75_000;
    let visits = 0;
    let shown = false;
    while (!shown && Date.now() < lastStart) {
      visits++;
      shown = await visit().then(
        () => true,
        (error: unknown) => (seen.push(`visit ${visits}: ${String(error)}`), false),
      );
    }
    expect(shown, `after ${visits} visits; the page said:\n${seen.join("\n")}`).toBe(true);
  }, 180_000);
});
