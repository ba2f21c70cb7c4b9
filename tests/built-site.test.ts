import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { enRoutes, routes } from "../src/routes.ts";
import { readPages, referencedUrls, resolveInDist, UNINDEXED_PAGES } from "./support/dist";
import { siteRows } from "./support/sites";

describe.each(siteRows())("every page of %s", (_name, { dist, origin: siteOrigin }) => {
  const pages = readPages(dist);

  it("has the pages every build makes, whatever the content", () => {
    const urls = pages.map((page) => page.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        routes.home(),
        routes.district(),
        routes.join(),
        routes.committee(),
        routes.members(),
        routes.news(),
        routes.tags(),
        routes.archive(),
        routes.search(),
        routes.notFound().replace(/\.html$/, ""),
      ]),
    );
  });

  it.each(pages.map((page) => [page.url, page] as const))(
    "%s has its lang, a title, a description, a canonical URL (none on the 404 and thank-you pages) and one h1",
    (url, page) => {
      const { document } = page;
      const english = url === "/en" || url.startsWith(enRoutes.home());
      expect(document.querySelector("html")?.getAttribute("lang")).toBe(english ? "en" : "it");
      expect(document.querySelector("title")?.textContent.trim()).not.toBe("");
      const description = document.querySelector('meta[name="description"]');
      expect(description?.getAttribute("content")?.trim()).toBeTruthy();
      expect(document.querySelectorAll("h1")).toHaveLength(1);
      expect(document.querySelector("h1")?.textContent.trim()).not.toBe("");
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
      if (UNINDEXED_PAGES.includes(url)) {
        expect(canonical).toBeUndefined();
        expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe(
          "noindex",
        );
      } else {
        expect(canonical).toBe(new URL(url, siteOrigin).href);
      }
    },
  );

  it("gives every page a title of its own in its language", () => {
    // A member's two pages share its name: what differs is their lang and hreflang.
    for (const language of ["it", "en"]) {
      const inLanguage = pages.filter(
        (page) => page.document.querySelector("html")?.getAttribute("lang") === language,
      );
      const titles = inLanguage.map((page) => page.document.querySelector("title")?.textContent);
      expect(new Set(titles).size).toBe(inLanguage.length);
    }
  });

  it("ships JavaScript only where it enhances something that works without it", () => {
    for (const page of pages) {
      const scripts = page.document
        .querySelectorAll("script")
        .filter((script) => script.getAttribute("type") !== "application/ld+json");
      const inline = scripts.filter((script) => !script.getAttribute("src"));
      const kinds = inline.map((script) => {
        const code = script.textContent;
        if (code.includes("data-member-filter")) return "members filter";
        if (code.includes("data-enhanced-form")) return "forms";
        if (code.includes("keydown")) return "search shortcut";
        return `unknown: ${code.slice(0, 80)}`;
      });
      const expected = ["search shortcut"];
      if ([routes.members(), enRoutes.members()].includes(page.url))
        expected.push("members filter");
      if (page.document.querySelector("form[data-enhanced-form]")) expected.push("forms");
      expect(kinds.sort(), page.url).toEqual(expected.sort());
      // The search page too: it imports the search's code as the header's field does.
      const external = scripts.filter((script) => script.getAttribute("src"));
      expect(external.length, page.url).toBe(0);
    }
  });

  it("links only to pages, assets and fragments that exist", () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const reference of referencedUrls(page.document)) {
        const target = new URL(reference, new URL(page.url, siteOrigin));
        if (target.origin !== siteOrigin) continue;
        const file = resolveInDist(dist, target.pathname);
        if (!file) {
          broken.push(`${page.url} → ${reference}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith(".html")) {
          const html = readFileSync(file, "utf8");
          if (!html.includes(`id="${fragment}"`)) broken.push(`${page.url} → ${reference}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
