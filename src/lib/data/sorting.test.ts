import { describe, expect, it } from "vitest";
import { compareItalian, sortByOrderThenLabel, sortNewestFirst } from "./sorting.ts";

describe("sorting", () => {
  it("orders names alphabetically ignoring case and accents", () => {
    expect(["Zeta", "ateneo", "Ànfora", "Brescia"].sort(compareItalian)).toEqual([
      "Ànfora",
      "ateneo",
      "Brescia",
      "Zeta",
    ]);
  });

  it("puts entries with an order first, then the rest by label", () => {
    const items = [
      { label: "Delta" },
      { label: "Beta", order: 2 },
      { label: "Alfa" },
      { label: "Gamma", order: 1 },
    ];
    const sorted = sortByOrderThenLabel(
      items,
      (item) => item.order,
      (item) => item.label,
    );
    expect(sorted.map((item) => item.label)).toEqual(["Gamma", "Beta", "Alfa", "Delta"]);
    expect(items[0]?.label).toBe("Delta");
  });

  it("lists news newest first, ties by title", () => {
    const day = (iso: string) => new Date(iso);
    const items = [
      { title: "B", date: day("2026-01-01") },
      { title: "C", date: day("2026-06-01") },
      { title: "A", date: day("2026-01-01") },
    ];
    const sorted = sortNewestFirst(
      items,
      (item) => item.date,
      (item) => item.title,
    );
    expect(sorted.map((item) => item.title)).toEqual(["C", "A", "B"]);
  });
});
