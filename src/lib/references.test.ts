import { describe, expect, it } from "vitest";
import { findMissingMembers } from "./references.ts";

describe("findMissingMembers", () => {
  const known = new Set(["csmt-gestione", "politecnico-di-milano"]);

  it("finds nothing when every member exists", () => {
    const links = [{ file: "a.md", field: "members", memberIds: ["csmt-gestione"] }];
    expect(findMissingMembers(links, known)).toEqual([]);
  });

  it("reports each missing member with its file and field", () => {
    const problems = findMissingMembers(
      [
        { file: "content/news/2026/a.md", field: "members", memberIds: ["csmt", "csmt-gestione"] },
        { file: "content/committee/x.md", field: "member", memberIds: ["nessuno"] },
      ],
      known,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/news/2026/a.md",
        field: "members",
        name: "MemberNotFound",
        params: { id: "csmt" },
      }),
      expect.objectContaining({
        file: "content/committee/x.md",
        field: "member",
        name: "MemberNotFound",
        params: { id: "nessuno" },
      }),
    ]);
  });
});
