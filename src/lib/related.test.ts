import { describe, expect, it } from "vitest";
import { relatedByArticle, type Relatable } from "./related.ts";

const article = (
  id: string,
  day: number,
  memberIds: string[] = [],
  tagSlugs: string[] = [],
): Relatable => ({ id, date: new Date(Date.UTC(2026, 0, day)), memberIds, tagSlugs });

describe("relatedByArticle", () => {
  const articles = [
    article("origine", 10, ["csmt"], ["distretto", "filiera"]),
    article("stesso-membro", 1, ["csmt"], []),
    article("due-tag", 2, [], ["distretto", "filiera"]),
    article("un-tag-recente", 9, [], ["distretto"]),
    article("un-tag-vecchio", 3, [], ["filiera"]),
    article("nulla-in-comune", 11, ["altro"], ["altro"]),
  ];
  const related = relatedByArticle(articles);

  it("ranks by shared members and tags, then by date, up to three", () => {
    // One shared member weighs as much as two shared tags; the tie goes to the newer article.
    expect(related.get("origine")?.map((other) => other.id)).toEqual([
      "due-tag",
      "stesso-membro",
      "un-tag-recente",
    ]);
  });

  it("never proposes the article itself or one with nothing in common", () => {
    for (const [id, others] of related) {
      expect(others.map((other) => other.id)).not.toContain(id);
    }
    expect(related.get("nulla-in-comune")).toEqual([]);
    expect(related.get("origine")?.map((other) => other.id)).not.toContain("nulla-in-comune");
  });

  it("counts a tag written twice in one article once", () => {
    const twice = relatedByArticle([
      article("a", 1, [], ["x", "x"]),
      article("b", 2, [], ["x"]),
      article("c", 3, ["m"], []),
    ]);
    expect(twice.get("b")?.map((other) => other.id)).toEqual(["a"]);
  });
});
