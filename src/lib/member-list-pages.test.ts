import { describe, expect, it } from "vitest";
import { groupMembers } from "./member-groups.ts";
import { memberListPages } from "./member-list-pages.ts";

describe("memberListPages", () => {
  const groups = groupMembers([
    { id: "alfa", data: { name: "Alfa", type: "impresa", province: "BS", sectors: ["Motori"] } },
  ]);

  it("makes a page for each type, province and sector with members, and none for the rest", () => {
    expect(
      memberListPages(groups).map((page) => [
        page.filter,
        page.value,
        page.title,
        page.members.length,
      ]),
    ).toEqual([
      ["tipo", "impresa", "Membri: impresa", 1],
      ["provincia", "BS", "Membri in provincia di Brescia", 1],
      ["settore", "motori", "Membri del settore «Motori»", 1],
    ]);
  });
});
