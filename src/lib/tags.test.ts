import { describe, expect, it } from "vitest";
import { groupByTag } from "./tags.ts";

describe("groupByTag", () => {
  const items = [
    { id: "a", tags: ["Veicoli elettrici", "ricerca"] },
    { id: "b", tags: ["veicoli-elettrici"] },
    { id: "c", tags: ["veicoli-elettrici", "Veicoli Elettrici"] },
    { id: "d", tags: [] },
  ];
  const groups = groupByTag(items, (item) => item.tags);

  it("makes one tag of spellings that differ by case, spaces or hyphens", () => {
    expect(groups.map((group) => group.slug)).toEqual(["ricerca", "veicoli-elettrici"]);
  });

  it("names the tag by its most used spelling", () => {
    expect(groups.find((group) => group.slug === "veicoli-elettrici")?.label).toBe(
      "veicoli-elettrici",
    );
  });

  it("lists each item once per tag, in the given order", () => {
    const electric = groups.find((group) => group.slug === "veicoli-elettrici");
    expect(electric?.items.map((item) => item.id)).toEqual(["a", "b", "c"]);
  });
});
