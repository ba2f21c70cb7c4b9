import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { site } from "../src/site";
import { routes } from "../src/routes.ts";
import { fixtureDist, testEnvironment } from "./support/build-site";
import {
  readPage,
  readPages,
  resolveInDist,
  UNINDEXED_PAGES,
  type BuiltPage,
} from "./support/dist";
import { siteRows } from "./support/sites";

const origin = testEnvironment.SITE_URL;
const meta = (page: BuiltPage, property: string) =>
  page.document
    .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
    ?.getAttribute("content");
const isArticle = (url: string) => /^\/(notizie|en\/news)\/\d{4}\/[^/]+\/$/.test(url);

/** Width and height from a PNG's header. */
function pngSize(file: string) {
  const header = readFileSync(file);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** Every entry of a built site's sitemaps, through its index. */
function sitemapEntries(dist: string) {
  const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
  const index = parser.parse(readFileSync(path.join(dist, routes.sitemap()), "utf8"));
  return index.sitemapindex.sitemap.flatMap(
    ({ loc }: { loc: string }) =>
      parser.parse(readFileSync(path.join(dist, new URL(loc).pathname), "utf8")).urlset.url as {
        loc: string;
        lastmod?: string;
      }[],
  ) as { loc: string; lastmod?: string }[];
}

describe.each(siteRows())("%s", (_name, { dist, origin: siteOrigin }) => {
  const pages = readPages(dist);

  it("lists exactly the published pages in the sitemap", () => {
    const expected = pages
      .filter((page) => !UNINDEXED_PAGES.includes(page.url))
      .map((page) => `${siteOrigin}${page.url}`)
      .sort();
    expect(
      sitemapEntries(dist)
        .map((entry) => entry.loc)
        .sort(),
    ).toEqual(expected);
  });

  it("announces the sitemap in robots.txt", () => {
    const robots = readFileSync(path.join(dist, routes.robots()), "utf8");
    expect(robots).toContain(`Sitemap: ${siteOrigin}${routes.sitemap()}`);
  });

  it.each(pages.map((page) => [page.url, page] as const))(
    "%s has Open Graph and Twitter card tags with an image that exists",
    (_url, page) => {
      for (const property of ["og:title", "og:description", "og:url", "twitter:card"]) {
        expect(meta(page, property), property).toBeTruthy();
      }
      const image = meta(page, "og:image") ?? "";
      expect(image.startsWith(`${siteOrigin}/`)).toBe(true);
      expect(resolveInDist(dist, new URL(image).pathname)).toBeTruthy();
      expect(meta(page, "twitter:image")).toBe(image);
    },
  );

  it("marks articles as such, with their dates and a NewsArticle in JSON-LD", () => {
    for (const page of pages.filter((candidate) => isArticle(candidate.url))) {
      expect(meta(page, "og:type")).toBe("article");
      expect(meta(page, "article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const script = page.document.querySelector('script[type="application/ld+json"]');
      const data = JSON.parse(script?.textContent ?? "{}");
      expect(data).toMatchObject({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: page.document.querySelector("h1")?.textContent.trim(),
        datePublished: meta(page, "article:published_time"),
        author: { name: expect.any(String) },
        publisher: { "@type": "Organization", name: site.name },
      });
      expect(data.dateModified).toBeTruthy();
      expect(data.image[0]).toBe(meta(page, "og:image"));
    }
  });

  it("marks every other page as a website", () => {
    for (const page of pages.filter((candidate) => !isArticle(candidate.url))) {
      expect(meta(page, "og:type"), page.url).toBe("website");
    }
  });
});

describe("the fixture site's metadata", () => {
  const entries = sitemapEntries(fixtureDist);

  it("dates each article by its last update in the sitemap", () => {
    const special = entries.find((entry) => entry.loc.endsWith("/notizie/2026/titolo-speciale/"));
    expect(special?.lastmod).toBe("2026-11-15T17:00:00.000Z");
    const news = entries.find((entry) => entry.loc === `${origin}/notizie/`);
    expect(news?.lastmod).toBe("2026-11-19T23:00:00.000Z");
  });

  it("gives an article without a hero image a 1200×630 card drawn from its title", () => {
    const page = readPage(fixtureDist, "/notizie/2026/articolo-pubblicato/");
    expect(meta(page, "og:image")).toBe(`${origin}/notizie/2026/articolo-pubblicato/card.png`);
    const file = resolveInDist(fixtureDist, "/notizie/2026/articolo-pubblicato/card.png") as string;
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
  });

  it("shares an article's own hero image, resized to 1200 px", () => {
    const page = readPage(fixtureDist, "/notizie/2026/titolo-speciale/");
    expect(meta(page, "og:image")).toMatch(/\/_astro\/.+\.jpe?g$/);
    expect(meta(page, "og:image:width")).toBe("1200");
    expect(meta(page, "og:image:height")).toBe("675");
    expect(meta(page, "og:image:alt")).toBe("Un'immagine di prova a bande colorate");
  });
});
