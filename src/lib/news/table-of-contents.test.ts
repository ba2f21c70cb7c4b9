import { describe, expect, it } from "vitest";
import { neighbours, tableOfContents } from "./table-of-contents.ts";

const heading = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

describe("tableOfContents", () => {
  it("lists h2 and h3 headings of a long page, not h1 or h4", () => {
    const headings = [
      heading(1, "T"),
      heading(2, "A"),
      heading(3, "B"),
      heading(4, "C"),
      heading(2, "D"),
    ];
    expect(tableOfContents(headings).map((entry) => entry.text)).toEqual(["A", "B", "D"]);
  });

  it("gives a short page none", () => {
    expect(tableOfContents([heading(2, "A"), heading(2, "B")])).toEqual([]);
  });
});

describe("neighbours", () => {
  it("finds the entries around the current one, and none past the ends", () => {
    expect(neighbours(["a", "b", "c"], "b")).toEqual({ previous: "a", next: "c" });
    expect(neighbours(["a", "b", "c"], "a")).toEqual({ next: "b" });
    expect(neighbours(["a"], "a")).toEqual({});
  });
});
