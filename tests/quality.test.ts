import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { t } from "../src/i18n/it";
import { openPage, siteInBrowser } from "./support/browser";
import { fixtureDist, projectRoot, testEnvironment } from "./support/build-site";
import { readPages, referencedUrls } from "./support/dist";
import { routes } from "../src/routes";
import { siteRows } from "./support/sites";
import { formOrigins, readDeploySettings } from "../src/lib/site/deploy-settings";

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(siteRows())("%s", (_name, { dist, env, origin: siteOrigin }) => {
  const pages = readPages(dist);
  // Where the site's own settings send its forms.
  const allowedFormOrigins = formOrigins(readDeploySettings({ ...testEnvironment, ...env }));

  it("passes html-validate's recommended rules on every page and on /admin/", async () => {
    const failures: string[] = [];
    const validated = readPages(dist, { withAdmin: true });
    expect(validated.map((page) => page.url)).toContain(routes.admin());
    for (const page of validated) {
      const report = await validator.validateString(
        page.html,
        path.join(projectRoot, ".htmlvalidate-page.html"),
      );
      for (const result of report.results) {
        for (const message of result.messages) {
          failures.push(`${page.url} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("loads nothing from another origin and posts forms only to the declared endpoints", () => {
    const foreign: string[] = [];
    for (const page of pages) {
      const loaded = page.document.querySelectorAll(
        "script[src], link[href]:not([rel=canonical]):not([rel=alternate]), img, source, iframe, video, audio, object, embed",
      );
      for (const element of loaded) {
        for (const url of referencedUrls(element.parentNode ?? element)) {
          const target = new URL(url, `${siteOrigin}${page.url}`);
          if (target.origin !== siteOrigin && !url.startsWith("mailto:")) {
            if (element.tagName !== "A") foreign.push(`${page.url} ${element.tagName} ${url}`);
          }
        }
      }
      for (const style of page.document.querySelectorAll("style")) {
        if (/url\(\s*['"]?https?:/.test(style.textContent)) foreign.push(`${page.url} style url()`);
      }
      for (const form of page.document.querySelectorAll("form[action]")) {
        const action = new URL(form.getAttribute("action") as string, `${siteOrigin}${page.url}`);
        if (action.origin !== siteOrigin && !allowedFormOrigins.includes(action.origin)) {
          foreign.push(`${page.url} form ${action.href}`);
        }
      }
    }
    expect(foreign).toEqual([]);
  });

  it("opens every external link with rel=noopener noreferrer", () => {
    const unsafe: string[] = [];
    for (const page of pages) {
      for (const link of page.document.querySelectorAll("a[href]")) {
        const href = link.getAttribute("href") as string;
        if (!/^https?:/.test(href) || new URL(href).origin === siteOrigin) continue;
        const rel = (link.getAttribute("rel") ?? "").split(/\s+/);
        if (!rel.includes("noopener") || !rel.includes("noreferrer"))
          unsafe.push(`${page.url} ${href}`);
      }
    }
    expect(unsafe).toEqual([]);
  });

  it("writes every external link as a well-formed http(s) or mailto address, or the calendar's webcal", () => {
    // webcal: opens a calendar application on the site's own calendar, to subscribe to it.
    const calendarSubscription = `webcal://${new URL(siteOrigin).host}${routes.calendar()}`;
    const malformed: string[] = [];
    for (const page of pages) {
      for (const link of page.document.querySelectorAll("a[href]")) {
        const href = link.getAttribute("href") as string;
        if (href.startsWith("/") || href.startsWith("#") || !/^[a-z][a-z0-9+.-]*:/i.test(href))
          continue;
        try {
          const url = new URL(href);
          if (href === calendarSubscription) continue;
          if (!["http:", "https:", "mailto:"].includes(url.protocol))
            malformed.push(`${page.url} ${href}`);
          if (url.protocol.startsWith("http") && !url.hostname.includes("."))
            malformed.push(`${page.url} ${href}`);
        } catch {
          malformed.push(`${page.url} ${href}`);
        }
      }
    }
    expect(malformed).toEqual([]);
  });

  it("carries a Content-Security-Policy on every page: own origin only, hashes for inline code", () => {
    for (const page of pages) {
      const policy =
        page.document
          .querySelector('meta[http-equiv="content-security-policy"]')
          ?.getAttribute("content") ?? "";
      expect(policy, page.url).toContain("default-src 'self'");
      expect(policy, page.url).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
      expect(policy, page.url).toMatch(/style-src 'self'( 'sha256-[^']+')*;/);
      expect(policy, page.url).not.toContain("unsafe-inline");
      expect(policy, page.url).toContain("object-src 'none'");
    }
  });
});

describe("the fixture site in Chromium, with JavaScript", () => {
  // With the headers of its _headers file, as the static host sends them.
  const site = siteInBrowser(fixtureDist, { headersFile: true });

  it("sets no cookie, neither by a header nor by a script, while the reader browses and searches", async () => {
    const { page } = await openPage(site.browser);
    for (const address of [
      routes.home(),
      routes.members(),
      "/notizie/2026/titolo-speciale/",
      routes.join(),
    ]) {
      const response = await page.goto(`${site.origin}${address}`);
      expect(response?.status(), address).toBe(200);
    }
    // The header's search field, opened with its shortcut, leads to the search page's results.
    await page.keyboard.press("/");
    const headerField = page.getByRole("searchbox", { name: t.searchHeaderLabel });
    await expect
      .poll(() => headerField.evaluate((node) => node === document.activeElement))
      .toBe(true);
    await page.keyboard.type("prova");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/cerca\/\?q=prova/);
    const status = page.locator("[data-search-status]");
    await expect.poll(() => status.textContent()).toMatch(/\d+ risultat/);
    const field = page.getByLabel(t.searchLabel);
    await field.fill("automobili");
    await field.press("Enter");
    await expect.poll(() => status.textContent()).toContain("automobili");

    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe("");
  });
});
