import { describe, expect, it } from "vitest";
import { findMissingReferences } from "./references.ts";

describe("findMissingReferences", () => {
  const known = {
    members: new Set(["csmt-gestione", "politecnico-di-milano"]),
    groups: new Set(["elettrificazione"]),
    news: new Set(["2026/nasce-il-distretto"]),
    events: new Set(["assemblea-soci"]),
  };

  it("finds nothing when every member and group exists", () => {
    const links = [
      { file: "a.md", field: "members", collection: "members" as const, ids: ["csmt-gestione"] },
      { file: "a.md", field: "groups", collection: "groups" as const, ids: ["elettrificazione"] },
    ];
    expect(findMissingReferences(links, known)).toEqual([]);
  });

  it("reports each missing member or group with its file and field", () => {
    const problems = findMissingReferences(
      [
        {
          file: "content/news/2026/a.md",
          field: "members",
          collection: "members",
          ids: ["csmt", "csmt-gestione"],
        },
        {
          file: "content/committee/x.md",
          field: "member",
          collection: "members",
          ids: ["nessuno"],
        },
        { file: "content/events/e.md", field: "groups", collection: "groups", ids: ["filiera"] },
        {
          file: "content/newsletter/3.md",
          field: "articles",
          collection: "news",
          ids: ["2026/nasce-il-distretto", "2026/inesistente"],
        },
        {
          file: "content/newsletter/3.md",
          field: "events",
          collection: "events",
          ids: ["nessuno"],
        },
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
      expect.objectContaining({
        file: "content/events/e.md",
        field: "groups",
        name: "GroupNotFound",
        params: { id: "filiera" },
      }),
      expect.objectContaining({
        file: "content/newsletter/3.md",
        field: "articles",
        name: "ArticleNotFound",
        params: { id: "2026/inesistente" },
      }),
      expect.objectContaining({
        file: "content/newsletter/3.md",
        field: "events",
        name: "EventNotFound",
        params: { id: "nessuno" },
      }),
    ]);
  });
});
