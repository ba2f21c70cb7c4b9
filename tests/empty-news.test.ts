import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPage } from "./support/dist";
import { buildFixtureVariant } from "./support/fixture-variant";

describe("a site with no published news", () => {
  const { status, output, outDir } = buildFixtureVariant("senza-notizie", { news: null });

  it("builds", () => {
    expect(status, output).toBe(0);
  });

  it("says so on the news page, with no pager", () => {
    const news = readPage(outDir, "/notizie/");
    expect(news.document.querySelector("main")?.textContent).toContain(
      "Non ci sono ancora notizie pubblicate.",
    );
    expect(news.document.querySelector('nav[aria-label="Altre pagine"]')).toBeNull();
  });

  it("still publishes a valid feed, empty", () => {
    const feed = readFileSync(path.join(outDir, "rss.xml"), "utf8");
    expect(feed).toContain("<language>it-IT</language>");
    expect(feed).not.toContain("<item>");
  });
});
