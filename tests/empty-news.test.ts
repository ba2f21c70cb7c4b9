import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPage } from "./support/dist";
import { buildFixtureVariant } from "./support/fixture-variant";

/** The fixture's member with a joining date, without it. */
const memberWithoutDate = `---
name: "Officina Alfa Test"
type: impresa
province: BS
---

Un membro di prova senza data di adesione.
`;

describe("a site that has just started: no published news, no member with a joining date", () => {
  const { status, output, outDir } = buildFixtureVariant("appena-nato", {
    news: null,
    "members/officina-alfa.md": memberWithoutDate,
  });

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

  it("shows no latest members on the home page", () => {
    const home = readPage(outDir, "/");
    const headings = home.document.querySelectorAll("#cifre ~ div h3").map((h) => h.textContent);
    expect(headings).toContain("Per tipo");
    expect(headings).not.toContain("Le ultime adesioni");
  });

  it("still publishes a valid feed, empty", () => {
    const feed = readFileSync(path.join(outDir, "rss.xml"), "utf8");
    expect(feed).toContain("<language>it-IT</language>");
    expect(feed).not.toContain("<item>");
  });
});
