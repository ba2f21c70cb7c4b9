import { describe, expect, it } from "vitest";
import { alternatesInHtml, lastModifiedInHtml } from "./sitemap-lastmod.ts";

describe("lastModifiedInHtml", () => {
  it("reads the page's og:updated_time", () => {
    const html =
      '<head><meta property="og:updated_time" content="2026-11-24T23:00:00.000Z"></head>';
    expect(lastModifiedInHtml(html)).toBe("2026-11-24T23:00:00.000Z");
  });

  it("finds nothing on a page without a date", () => {
    expect(lastModifiedInHtml("<head><title>Membri</title></head>")).toBeUndefined();
  });
});

describe("alternatesInHtml", () => {
  it("reads the page's hreflang alternates, for the sitemap's xhtml:link", () => {
    const html =
      '<head><link rel="alternate" hreflang="it" href="https://d.example/membri/">' +
      '<link rel="alternate" hreflang="en" href="https://d.example/en/members/">' +
      '<link rel="alternate" type="application/rss+xml" title="Feed RSS" href="/rss.xml"></head>';
    expect(alternatesInHtml(html)).toEqual([
      { url: "https://d.example/membri/", lang: "it" },
      { url: "https://d.example/en/members/", lang: "en" },
    ]);
  });
});
