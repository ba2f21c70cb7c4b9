import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { FEED_SIZE } from "../src/lib/feeds/feed.ts";
import { groupByTag } from "../src/lib/news/tags.ts";
import { routes } from "../src/routes.ts";
import { fixtureDist, testEnvironment } from "./support/build-site";
import { readContent } from "./support/content";
import { referencedUrls } from "./support/dist";
import { siteRows } from "./support/sites";

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const origin = testEnvironment.SITE_URL;

interface FeedItem {
  title: string;
  link: string;
  guid: { "#text": string; "@_isPermaLink": string };
  pubDate: string;
  description: string;
  "content:encoded": string;
  category?: string | string[];
  "dc:creator": string;
}

function readFeed(dist: string, file: string) {
  const xml = readFileSync(path.join(dist, file), "utf8");
  // Throws with the line and column of the first error.
  expect(SyntaxValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === "item",
    parseTagValue: false,
  });
  const channel = parser.parse(xml).rss.channel;
  return { xml, channel, items: (channel.item ?? []) as FeedItem[] };
}

const categories = (item: FeedItem) => [item.category ?? []].flat();

/** siteOrigin: the address the site was built for (the fixture's by default). */
function expectValidFeed(dist: string, file: string, pagePath: string, siteOrigin = origin) {
  const { channel, items } = readFeed(dist, file);
  expect(channel.title).toBeTruthy();
  expect(channel.description).toBeTruthy();
  expect(channel.link).toBe(`${siteOrigin}${pagePath}`);
  expect(channel.language).toBe("it-IT");
  expect(channel.lastBuildDate).toMatch(RFC_822);
  expect(channel["atom:link"]).toMatchObject({
    "@_href": `${siteOrigin}/${file}`,
    "@_rel": "self",
    "@_type": "application/rss+xml",
  });
  for (const item of items) {
    expect(item.title).toBeTruthy();
    expect(item.link.startsWith(`${siteOrigin}/notizie/`)).toBe(true);
    expect(item.guid).toEqual({ "#text": item.link, "@_isPermaLink": "true" });
    expect(item.pubDate).toMatch(RFC_822);
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    expect(item.description).toBeTruthy();
    expect(item["dc:creator"]).toBeTruthy();
    const content = parse(item["content:encoded"]);
    expect(content.textContent.trim()).not.toBe("");
    for (const url of referencedUrls(content)) expect(url).toMatch(/^(https?|mailto):/);
  }
  return items;
}

describe.each(siteRows())("the RSS feeds of %s", (_name, site) => {
  const articles = readContent(site.content).news;
  const addressOf = (id: string) => `${site.origin}${routes.articleById(id)}`;

  it("are valid RSS 2.0: the site's lists its published articles, as many as it holds", () => {
    const items = expectValidFeed(site.dist, "rss.xml", routes.news(), site.origin);
    expect(items).toHaveLength(Math.min(articles.length, FEED_SIZE));
    const published = new Set(articles.map((article) => addressOf(article.id)));
    for (const item of items) expect(published.has(item.link), item.link).toBe(true);
  });

  it("are valid RSS 2.0: each tag's lists the published articles with the tag", () => {
    const tags = groupByTag(articles, (article) => article.data.tags);
    for (const tag of tags) {
      const items = expectValidFeed(
        site.dist,
        routes.tagFeed(tag.slug).slice(1),
        routes.tag(tag.slug),
        site.origin,
      );
      expect(items, tag.slug).toHaveLength(Math.min(tag.items.length, FEED_SIZE));
      const tagged = new Set(tag.items.map((article) => addressOf(article.id)));
      for (const item of items) expect(tagged.has(item.link), item.link).toBe(true);
    }
  });
});

describe("the fixture site's RSS feed", () => {
  const items = expectValidFeed(fixtureDist, "rss.xml", "/notizie/");

  it("lists every published article, newest first, and no draft or scheduled one", () => {
    expect(items).toHaveLength(17);
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const { xml } = readFeed(fixtureDist, "rss.xml");
    expect(xml).not.toContain("SEGRETO");
  });

  it("carries the full text of an MDX article, its components rendered", () => {
    const mdx = items.find((item) => item.link.endsWith("/notizie/2026/componenti-mdx/"));
    expect(mdx?.["content:encoded"]).toContain("MDX-SEGNALE dentro il componente.");
    expect(mdx?.["content:encoded"]).toContain("Riquadro di prova");
    expect(mdx?.["content:encoded"]).toContain("non c’è codice: {20 + 22}.");
  });

  it("escapes & < > \" ' in titles so they come back intact", () => {
    const title = 'Ricerca & sviluppo: <motori> "elettrici" e l\'auto';
    const special = items.find((item) => item.link.endsWith("/notizie/2026/titolo-speciale/"));
    expect(special?.title).toBe(title);
    expect(special?.description).toBe(
      "Un titolo con & < > \" ' e lettere accentate: città, perché.",
    );
    expect(readFeed(fixtureDist, "rss.xml").xml).not.toContain("<motori>");
  });

  it("makes every link and image in the article text absolute", () => {
    const special = items.find((item) => item.link.endsWith("/notizie/2026/titolo-speciale/"));
    const content = parse(special?.["content:encoded"] ?? "");
    const image = content.querySelector("img");
    expect(image?.getAttribute("src")).toMatch(new RegExp(`^${origin}/_astro/`));
    expect(content.querySelector('a[href$="#una-sezione"]')?.getAttribute("href")).toBe(
      `${origin}/notizie/2026/titolo-speciale/#una-sezione`,
    );
  });

  it("gives each article its tags as categories and its author", () => {
    const special = items.find((item) => item.link.endsWith("/notizie/2026/titolo-speciale/"));
    expect(categories(special as FeedItem)).toEqual(["Città", "Veicoli elettrici"]);
    expect(special?.["dc:creator"]).toBe("Ufficio stampa di prova");
    const byNewsroom = items.find((item) => item.link.endsWith("/articolo-pubblicato/"));
    expect(byNewsroom?.["dc:creator"]).toBe("Redazione");
  });
});

describe("a tag's RSS feed on the fixture site", () => {
  const items = expectValidFeed(
    fixtureDist,
    "notizie/tag/veicoli-elettrici/rss.xml",
    "/notizie/tag/veicoli-elettrici/",
  );

  it("lists exactly the published articles with the tag, whatever its spelling", () => {
    expect(items.map((item) => item.title)).toEqual([
      "Articolo pubblicato di prova",
      "Un articolo MDX con un riquadro",
      'Ricerca & sviluppo: <motori> "elettrici" e l\'auto',
    ]);
  });
});
