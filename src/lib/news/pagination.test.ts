import { describe, expect, it } from "vitest";
import { pageLinks } from "./pagination.ts";

describe("pageLinks", () => {
  it("shows no pager for a single page", () => {
    expect(pageLinks(1, 1)).toEqual([]);
    expect(pageLinks(1, 0)).toEqual([]);
  });

  it("lists every page when there are few", () => {
    expect(pageLinks(1, 2)).toEqual([1, 2]);
    expect(pageLinks(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("puts gaps where pages are skipped", () => {
    expect(pageLinks(1, 10)).toEqual([1, 2, "gap", 10]);
    expect(pageLinks(5, 10)).toEqual([1, "gap", 4, 5, 6, "gap", 10]);
    expect(pageLinks(10, 10)).toEqual([1, "gap", 9, 10]);
  });

  it("shows a single skipped page instead of a gap", () => {
    expect(pageLinks(4, 10)).toEqual([1, 2, 3, 4, 5, "gap", 10]);
  });
});
