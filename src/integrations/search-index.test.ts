import { describe, expect, it } from "vitest";
import { pageUrl, textForIndex } from "./search-index.ts";

describe("the search index's view of a page", () => {
  it("splits Italian elisions with a typographic apostrophe into two words", () => {
    expect(textForIndex("<p>l’automobile dell’auto</p>")).toBe("<p>l'automobile dell'auto</p>");
  });

  it("gives each built file its address", () => {
    expect(pageUrl("index.html")).toBe("/");
    expect(pageUrl("membri/csmt-gestione/index.html")).toBe("/membri/csmt-gestione/");
    expect(pageUrl("404.html")).toBe("/404");
  });
});
