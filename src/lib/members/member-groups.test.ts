import { describe, expect, it } from "vitest";
import { groupMembers } from "./member-groups.ts";

const member = (
  id: string,
  type: "impresa" | "universita" | "consorzio",
  province?: "MI" | "BS",
  sectors: string[] = [],
  joined?: string,
) => ({
  id,
  data: { name: id, type, province, sectors, joined: joined ? new Date(joined) : undefined },
});

describe("groupMembers", () => {
  const members = [
    member("alfa", "impresa", "BS", ["Veicoli elettrici", "componentistica"], "2026-03-01"),
    member("beta", "universita", "MI", ["veicoli-elettrici"]),
    member("gamma", "consorzio", undefined, [], "2026-05-01"),
    member("delta", "impresa", "BS"),
  ];
  const groups = groupMembers(members);
  const ids = (list: { id: string }[]) => list.map((item) => item.id);

  it("lists every type and province, even those without members", () => {
    expect(groups.byType.map((group) => [group.key, ids(group.members)])).toEqual([
      ["impresa", ["alfa", "delta"]],
      ["universita", ["beta"]],
      ["associazione", []],
      ["istituzione", []],
      ["consorzio", ["gamma"]],
      ["ricerca", []],
    ]);
    expect(groups.byProvince.map((group) => [group.key, group.members.length])).toEqual([
      ["MI", 1],
      ["BG", 0],
      ["BS", 2],
      ["CR", 0],
      ["LC", 0],
      ["MN", 0],
    ]);
  });

  it("lists apart the members without a province, so that every member is counted once", () => {
    expect(ids(groups.withoutProvince)).toEqual(["gamma"]);
  });

  it("makes one sector of spellings that differ by case or hyphens", () => {
    expect(groups.bySector.map((group) => [group.key, ids(group.members)])).toEqual([
      ["componentistica", ["alfa"]],
      ["veicoli-elettrici", ["alfa", "beta"]],
    ]);
  });

  it("lists the latest joined first, and only members with a date", () => {
    expect(ids(groups.latestJoined)).toEqual(["gamma", "alfa"]);
  });
});
