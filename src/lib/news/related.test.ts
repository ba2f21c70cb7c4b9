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

  it("agrees with scoring every pair on a larger archive", () => {
    // A small deterministic generator: the same archive on every run.
    let seed = 7;
    const next = (range: number) => (seed = (seed * 16807) % 2147483647) % range;
    const archive = Array.from({ length: 300 }, (_, index) =>
      article(
        `a${index}`,
        next(60),
        Array.from({ length: next(3) }, () => `m${next(8)}`),
        Array.from({ length: next(4) }, () => `t${next(12)}`),
      ),
    );
    const score = (a: Relatable, b: Relatable) =>
      2 * [...new Set(a.memberIds)].filter((id) => b.memberIds.includes(id)).length +
      [...new Set(a.tagSlugs)].filter((slug) => b.tagSlugs.includes(slug)).length;
    const fast = relatedByArticle(archive);
    for (const origin of archive) {
      const expected = archive
        .filter((other) => other !== origin && score(origin, other) > 0)
        .sort(
          (a, b) =>
            score(origin, b) - score(origin, a) ||
            b.date.getTime() - a.date.getTime() ||
            archive.indexOf(a) - archive.indexOf(b),
        )
        .slice(0, 3)
        .map((other) => other.id);
      expect(fast.get(origin.id)?.map((other) => other.id)).toEqual(expected);
    }
  });
});
