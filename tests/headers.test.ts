/** The `_headers` file that Cloudflare Pages and Netlify read, as the build leaves it in dist/. */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedBrowser, openPage } from "./support/browser";
import { fixtureDist, realSiteDist } from "./support/build-site";
import { listFiles } from "./support/dist";
import { headersFor, readHeadersFile } from "../scripts/build/headers-file.ts";
import { serveStatic } from "./support/static-server";
import { searchEngineFiles } from "../src/lib/search/pagefind-files";

const rules = readHeadersFile(realSiteDist);
/** The headers of a rule, by name as the file writes it. */
const headersOf = (pattern: string) =>
  Object.fromEntries(rules.find((rule) => rule.pattern === pattern)?.headers ?? []);
const everyPage = headersOf("/*");

describe("the headers file for static hosts", () => {
  it("forbids framing and sends the other security headers on every address", () => {
    expect(everyPage["Content-Security-Policy"]).toBe("frame-ancestors 'none'");
    expect(everyPage["X-Content-Type-Options"]).toBe("nosniff");
    expect(everyPage["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(everyPage["Permissions-Policy"]).toMatch(/camera=\(\)/);
  });

  it("tells browsers to come back only over HTTPS for at least a year, as the join form collects personal data", () => {
    const [, maxAge] = /^max-age=(\d+)/.exec(everyPage["Strict-Transport-Security"] ?? "") ?? [];
    expect(Number(maxAge)).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  });

  it("names no retired feature in the Permissions-Policy, such as FLoC's interest-cohort", () => {
    const features = (everyPage["Permissions-Policy"] ?? "")
      .split(",")
      .map((directive) => directive.trim().split("=")[0]);
    expect(features).toEqual(["camera", "microphone", "geolocation"]);
  });

  it("sends headers that Chromium accepts without a warning", async () => {
    const browser = await sharedBrowser();
    const server = await serveStatic(realSiteDist, { headersFile: true });
    try {
      const { page } = await openPage(browser);
      // Chromium reports a header it rejects in its log, which page.on("console") does not see.
      const devtools = await page.context().newCDPSession(page);
      const warnings: string[] = [];
      devtools.on("Log.entryAdded", ({ entry }) => {
        if (entry.level === "warning" || entry.level === "error") warnings.push(entry.text);
      });
      await devtools.send("Log.enable");
      const response = await page.goto(`${server.origin}/`);
      expect(response?.headers()["permissions-policy"]).toBe(everyPage["Permissions-Policy"]);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      expect(warnings).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("caches hashed assets and the search index for a year, immutably", () => {
    for (const route of ["/_astro/*", "/pagefind/index/*", "/pagefind/fragment/*"]) {
      expect(headersOf(route)["Cache-Control"]).toBe("public, max-age=31536000, immutable");
    }
  });

  it("keeps Pagefind's files that are not hashed for a few minutes, no longer, so its worker reuses what the page fetched", () => {
    // Pagefind asks for its entry file with a query that changes; the file is the same.
    const entryAddress = new URL(searchEngineFiles.entry("1"), "http://localhost").pathname;
    const entry = JSON.parse(readFileSync(path.join(realSiteDist, entryAddress), "utf8")) as {
      languages: Record<string, { wasm?: string }>;
    };
    const wasms = Object.values(entry.languages).map((language) => language.wasm ?? "unknown");
    expect(wasms.length).toBeGreaterThan(0);
    const files = [
      searchEngineFiles.bundle(),
      searchEngineFiles.worker(),
      entryAddress,
      ...wasms.map((wasm) => searchEngineFiles.wasm(wasm)),
    ];
    for (const file of files) {
      expect(existsSync(path.join(realSiteDist, file)), file).toBe(true);
      const cacheControl = headersFor(rules, file).get("cache-control") ?? "";
      const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
      expect(maxAge, file).toBeGreaterThanOrEqual(60);
      expect(maxAge, file).toBeLessThanOrEqual(3600);
      expect(cacheControl, file).not.toContain("immutable");
    }
  });

  it("lets programs on any site read the open data and the JSON Feed, each with its media type and charset", () => {
    const expected: [string, string][] = [
      ["/dati/membri.csv", "text/csv; charset=utf-8"],
      ["/dati/catalogo.jsonld", "application/ld+json; charset=utf-8"],
      ["/feed.json", "application/feed+json; charset=utf-8"],
      ["/dati/membri.json", ""],
    ];
    for (const [file, contentType] of expected) {
      expect(existsSync(path.join(realSiteDist, file)), file).toBe(true);
      const headers = headersFor(rules, file);
      expect(headers.get("access-control-allow-origin"), file).toBe("*");
      // The host already sends JSON as application/json.
      expect(headers.get("content-type") ?? "", file).toBe(contentType);
    }
  });

  it("serves every SVG the build publishes, a member's logo included, with a policy that runs no script", () => {
    const svgs = listFiles(fixtureDist)
      .filter((file) => file.endsWith(".svg"))
      .map((file) => `/${file}`);
    // The logo as written and its resized copies.
    expect(svgs.filter((file) => file.startsWith("/_astro/logo-gamma.")).length).toBeGreaterThan(0);
    const fixtureRules = readHeadersFile(fixtureDist);
    for (const svg of svgs) {
      expect(headersFor(fixtureRules, svg).get("content-security-policy"), svg).toContain(
        "script-src 'none'; sandbox",
      );
    }
  });

  it("keeps a script in an SVG opened on its own from running in Chromium, which runs it without the header", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "svg-headers-"));
    copyFileSync(path.join(realSiteDist, "_headers"), path.join(folder, "_headers"));
    mkdirSync(path.join(folder, "_astro"));
    writeFileSync(
      path.join(folder, "_astro", "disegno.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>document.documentElement.setAttribute("data-eseguito", "sì")</script></svg>',
    );
    const browser = await sharedBrowser();
    const withHeaders = await serveStatic(folder, { headersFile: true });
    const without = await serveStatic(folder);
    try {
      const ran = async (origin: string) => {
        const { page } = await openPage(
          browser,
          {},
          // The browser asks for /favicon.ico, which this folder does not have, and says when
          // the sandbox blocks the script.
          {
            expectedErrors: /status of 404|sandboxed and the 'allow-scripts' permission is not set/,
          },
        );
        await page.goto(`${origin}/_astro/disegno.svg`);
        return page.evaluate(() => document.documentElement.getAttribute("data-eseguito"));
      };
      expect(await ran(without.origin)).toBe("sì");
      expect(await ran(withHeaders.origin)).toBeNull();
    } finally {
      await withHeaders.close();
      await without.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
