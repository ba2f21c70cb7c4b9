import { describe, expect, it } from "vitest";
import { groupMembers } from "./member-groups.ts";
import { memberFilters, memberListPages } from "./member-filters.ts";

describe("memberListPages", () => {
  const groups = groupMembers([
    { id: "alfa", data: { name: "Alfa", type: "impresa", province: "BS", sectors: ["Motori"] } },
  ]);

  it("makes a page for each type, province and sector with members, and none for the rest", () => {
    expect(
      memberListPages(memberFilters(groups)).map((page) => [
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

  it("labels every group once, with the address of its list", () => {
    const [types, provinces, sectors] = memberFilters(groups);
    expect(types?.groups.find((group) => group.key === "impresa")).toMatchObject({
      label: "Impresa",
      href: "/membri/tipo/impresa/",
    });
    expect(provinces?.groups.map((group) => group.label)).toContain("Brescia");
    expect(sectors?.groups).toEqual([
      {
        key: "motori",
        label: "Motori",
        href: "/membri/settore/motori/",
        members: groups.bySector[0]?.members,
      },
    ]);
  });
});
