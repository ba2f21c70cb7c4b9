import { describe, expect, it } from "vitest";
import { romeDay } from "../../schemas/dates.ts";
import { issueNumberOf, issueStatus, presentedItemProblems, suggestedIssueFile } from "./issues.ts";

describe("issueNumberOf", () => {
  it("reads a file name of digits without zeros before as the issue's number", () => {
    expect(issueNumberOf("12")).toBe(12);
    expect(issueNumberOf("012")).toBeUndefined();
    expect(issueNumberOf("numero-3")).toBeUndefined();
    expect(issueNumberOf("0")).toBeUndefined();
  });

  it("suggests the digits of a wrong name, or 1", () => {
    expect(suggestedIssueFile("numero-03", ".md")).toBe("3.md");
    expect(suggestedIssueFile("primo", ".mdx")).toBe("1.mdx");
  });
});

describe("presentedItemProblems", () => {
  const day = romeDay(2026, 12, 15);
  it("accepts articles of the issue's own day, even later in it, and earlier ones", () => {
    const sameDay = {
      id: "a",
      status: "scheduled" as const,
      pubDate: new Date("2026-12-15T18:00:00+01:00"),
    };
    const earlier = { id: "b", status: "published" as const, pubDate: romeDay(2026, 12, 1) };
    expect(presentedItemProblems(day, [sameDay, earlier], [])).toEqual([]);
  });

  it("names drafts, later articles and draft events by their place in the list", () => {
    const problems = presentedItemProblems(
      day,
      [
        undefined,
        { id: "bozza", status: "draft", pubDate: romeDay(2026, 12, 1) },
        { id: "dopo", status: "scheduled", pubDate: romeDay(2026, 12, 16) },
      ],
      [
        { id: "ok", status: "published" },
        { id: "evento", status: "draft" },
      ],
    );
    expect(problems.map(({ field, index, message }) => [field, index, message.name])).toEqual([
      ["articles", 1, "NewsletterArticleDraft"],
      ["articles", 2, "NewsletterArticleLater"],
      ["events", 1, "NewsletterEventDraft"],
    ]);
  });
});

describe("issueStatus", () => {
  const now = new Date("2026-12-15T10:00:00+01:00");
  it("waits for an article of the same day before publishing the issue", () => {
    const noon = new Date("2026-12-15T12:00:00+01:00");
    expect(issueStatus("published", [romeDay(2026, 12, 1), noon], now)).toBe("scheduled");
    expect(issueStatus("published", [romeDay(2026, 12, 1)], now)).toBe("published");
    expect(issueStatus("draft", [], now)).toBe("draft");
  });
});
