/**
 * The browser editor in Chromium, on the fixture site served with its `_headers` (so under the
 * policy of /admin/), over a local repository made from the fixture content: the CMS's local
 * mode, handed a folder of the browser's private file system (scripts/dev/cms-local-repository.ts).
 * GitHub itself cannot be reached from here; what the GitHub backend adds (signing in, branches
 * and pull requests) is configuration, checked in cms-config.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../scripts/build/content-check/run.ts";
import {
  changedFiles,
  contentFiles,
  entryField as field,
  openLocalRepository,
  readRepository,
  showSubfields,
  type RepositoryFiles,
} from "../scripts/dev/cms-local-repository.ts";
import { identifierField } from "../scripts/build/cms/config.ts";
import { collectionFields } from "../scripts/build/schema-fields.ts";
import { COLLECTION_NAMES, registry } from "../src/collections.ts";
import { routes } from "../src/routes.ts";
import { siteInBrowser } from "./support/browser";
import {
  buildSite,
  fixtureContent,
  fixtureDist,
  outputRoot,
  projectRoot,
} from "./support/build-site";
import { readPage } from "./support/dist";

const site = siteInBrowser(fixtureDist, { headersFile: true });

/** The CMS asks GitHub's status page on its sign-in screen; this network has no way out. */
const GITHUB_STATUS = "https://www.githubstatus.com/api/v2/status.json";

interface EditorSession {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Requests to anywhere but the site (GitHub's status page aside). */
  outside: string[];
}

async function openEditor(): Promise<EditorSession> {
  const context = await site.browser.newContext({
    locale: "it-IT",
    timezoneId: "Europe/Rome",
    viewport: { width: 1280, height: 900 },
  });
  await context.route(GITHUB_STATUS, (route) =>
    route.fulfill({ json: { status: { indicator: "none" } } }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(site.origin) && !/^(blob|data):/.test(url) && url !== GITHUB_STATUS) {
      outside.push(url);
    }
  });
  return { context, page, errors, outside };
}

/**
 * Turns the entry's "Bozza" switch to `on`, and waits until the form shows it so. An entry just
 * opened may still be drawing its form, which loses a click (seen once on a loaded machine): the
 * switch is clicked again only if it has not moved in 5 s.
 */
async function switchDraft(page: Page, on: boolean): Promise<void> {
  const draft = field(page, "draft").getByRole("switch");
  const state = () => draft.getAttribute("aria-checked");
  await expect.poll(state).toBe(String(!on));
  for (let attempt = 1; attempt <= 3; attempt++) {
    await draft.click();
    const moved = await expect
      .poll(state, { timeout: 5_000 })
      .toBe(String(on))
      .then(
        () => true,
        () => false,
      );
    if (moved) return;
  }
  expect(await state(), "the Bozza switch did not move after three clicks").toBe(String(on));
}

/** The identifier (title, name, member) of each Markdown entry of a collection folder. */
function entryNames(files: RepositoryFiles, name: (typeof COLLECTION_NAMES)[number]): string[] {
  const identifier = identifierField(collectionFields(name));
  return Object.entries(files)
    .filter(([file]) => file.startsWith(`content/${name}/`) && file.endsWith(".md"))
    .map(([, base64]) => {
      const text = Buffer.from(base64, "base64").toString("utf8");
      const frontmatter = parse(text.split(/^---$/m)[1] ?? "") as Record<string, unknown>;
      // The list shows a title as plain text, leaving out what looks like an HTML tag.
      return String(frontmatter[identifier])
        .replace(/<[^>]*>/g, "")
        .replace(/\s+/g, " ");
    });
}

const fixtureFiles = contentFiles(fixtureContent);
const workRoot = path.join(outputRoot, "cms");
afterAll(() => {
  rmSync(workRoot, { recursive: true, force: true });
});

describe("/admin/ in Chromium", () => {
  it("loads in Italian under its own policy, with no console error and nothing from outside", async () => {
    const { context, page, errors, outside } = await openEditor();
    await page.goto(`${site.origin}${routes.admin()}`);
    await expect
      // Sveltia wraps names in bidirectional isolates: "Accedi con \u2068GitHub\u2069".
      .poll(() => page.getByRole("button", { name: /^Accedi con \W?GitHub\W?$/ }).count())
      .toBe(1);
    expect(await page.getByRole("button", { name: "Lavora con Repository Locale" }).count()).toBe(
      1,
    );
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it("shows every collection and its entries from a local repository", async () => {
    const { context, page, errors, outside } = await openEditor();
    await openLocalRepository(page, site.origin, fixtureFiles);
    for (const name of COLLECTION_NAMES) {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `#/collections/${name}`);
      await expect
        .poll(() => page.getByText(`la collezione “\u2068${registry[name].label}\u2069”`).count())
        .toBe(1);
      const entries = entryNames(fixtureFiles, name);
      await expect
        .poll(() => page.getByText(entries[0] ?? "", { exact: true }).count())
        .toBeGreaterThan(0);
      const missing: string[] = [];
      for (const entry of entries) {
        if ((await page.getByText(entry, { exact: true }).count()) === 0) missing.push(entry);
      }
      expect(missing, name).toEqual([]);
    }
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it(
    "writes an article with an image as a draft, publishes it, and the build shows it",
    { timeout: 240_000 },
    async () => {
      const { context, page, errors } = await openEditor();
      await openLocalRepository(page, site.origin, fixtureFiles);
      await page.evaluate(() => {
        location.hash = "#/collections/news/new";
      });
      await field(page, "title").locator("input").fill("Nasce la rete delle officine");
      await field(page, "description")
        .locator("input")
        .fill("Dieci officine lombarde lavorano insieme.");
      await field(page, "pubDate").locator("input").fill("2026-11-20T09:30");
      await field(page, "image").getByRole("checkbox").click();
      await showSubfields(page, "image");
      await field(page, "image.src")
        .locator("input[type=file]")
        .first()
        .setInputFiles(path.join(fixtureContent, "news/2026/titolo-speciale/copertina.jpg"));
      await field(page, "image.alt").locator("input").fill("Officine viste dall'alto");
      await field(page, "members").getByRole("checkbox", { name: "Officina Alfa Test" }).click();
      await switchDraft(page, true);
      await field(page, "body")
        .locator("[contenteditable=true]")
        .fill("Le officine della rete lavorano insieme.");
      await page.getByRole("button", { name: "Salva", exact: true }).click();

      const article = "content/news/2026/nasce-la-rete-delle-officine.md";
      await expect.poll(async () => Object.keys(await readRepository(page))).toContain(article);
      const draft = changedFiles(fixtureFiles, await readRepository(page));
      expect(Object.keys(draft).sort()).toEqual([
        article,
        "content/news/2026/nasce-la-rete-delle-officine/copertina.jpg",
      ]);
      const text = Buffer.from(draft[article] ?? "", "base64").toString("utf8");
      expect(text).toContain("pubDate: 2026-11-20T09:30:00+01:00");
      expect(text).toContain("src: ./nasce-la-rete-delle-officine/copertina.jpg");
      expect(text).toContain("draft: true");

      mkdirSync(workRoot, { recursive: true });
      const contentRoot = mkdtempSync(path.join(workRoot, "content-"));
      const check = () => {
        for (const [file, base64] of Object.entries(changedFiles(fixtureFiles, draft))) {
          const target = path.join(contentRoot, file.replace(/^content\//, ""));
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, Buffer.from(base64, "base64"));
        }
        return runCheck({ projectRoot, contentRoot, shownRoot: "content", now: new Date() });
      };
      cpSync(fixtureContent, contentRoot, { recursive: true });
      const asDraft = check();
      expect(asDraft.errors).toEqual([]);
      const entry = asDraft.context.entries.find((candidate) =>
        candidate.file.endsWith("nasce-la-rete-delle-officine.md"),
      );
      expect(entry?.status).toBe("draft");

      // Publishing: the same entry, opened again, with "Bozza" switched off.
      await page.evaluate(() => {
        location.hash = "#/collections/news/entries/2026/nasce-la-rete-delle-officine";
      });
      // The entry loads after the address changes: wait for it before changing it.
      await expect
        .poll(() => field(page, "title").locator("input").inputValue())
        .toBe("Nasce la rete delle officine");
      await switchDraft(page, false);
      await page.getByRole("button", { name: "Salva", exact: true }).click();
      await expect
        .poll(async () =>
          Buffer.from((await readRepository(page))[article] ?? "", "base64").toString("utf8"),
        )
        .toContain("draft: false");
      Object.assign(draft, changedFiles(fixtureFiles, await readRepository(page)));
      const published = check();
      expect(published.errors).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();

      const outDir = path.join(workRoot, "dist");
      const build = await buildSite(contentRoot, outDir);
      expect(build.status, build.output).toBe(0);
      const page2 = readPage(
        outDir,
        routes.article({ year: "2026", slug: "nasce-la-rete-delle-officine" }),
      );
      expect(page2.document.querySelector("h1")?.textContent).toContain(
        "Nasce la rete delle officine",
      );
      const image = page2.document.querySelector("article img, main img");
      expect(image?.getAttribute("alt")).toBe("Officine viste dall'alto");
      expect(readFileSync(path.join(outDir, "rss.xml"), "utf8")).toContain(
        "nasce-la-rete-delle-officine",
      );
    },
  );
});
