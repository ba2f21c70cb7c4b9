import { describe, expect, it } from "vitest";
import { textForIndex } from "./search-index.ts";

describe("the search index's view of a page", () => {
  it("splits Italian elisions with a typographic apostrophe into two words", () => {
    expect(textForIndex("<p>l’automobile dell’auto</p>")).toBe("<p>l'automobile dell'auto</p>");
  });
});
