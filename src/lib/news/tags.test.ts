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

  it("keeps each spelling with the items that write it, for the check's warning", () => {
    const electric = groups.find((group) => group.slug === "veicoli-elettrici");
    expect(
      [...(electric?.spellings ?? [])].map(([spelling, tagged]) => [
        spelling,
        tagged.map((item) => item.id),
      ]),
    ).toEqual([
      ["Veicoli elettrici", ["a"]],
      ["veicoli-elettrici", ["b", "c"]],
      ["Veicoli Elettrici", ["c"]],
    ]);
  });

  it("names a tied tag by the spelling seen first", () => {
    const [tied] = groupByTag([{ tags: ["Ricerca"] }, { tags: ["ricerca"] }], (item) => item.tags);
    expect(tied?.label).toBe("Ricerca");
  });
});
