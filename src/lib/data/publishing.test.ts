import { describe, expect, it } from "vitest";
import { isVisible, publicationStatus } from "./publishing.ts";

const now = new Date("2026-11-30T10:00:00+01:00");

describe("publicationStatus", () => {
  it("publishes an article whose date has passed", () => {
    expect(publicationStatus({ pubDate: new Date("2026-11-30T09:59:59+01:00") }, now)).toBe(
      "published",
    );
  });

  it("publishes an article at the very moment it is due", () => {
    expect(publicationStatus({ pubDate: now }, now)).toBe("published");
  });

  it("schedules an article whose moment is still ahead", () => {
    expect(publicationStatus({ pubDate: new Date("2026-11-30T10:00:01+01:00") }, now)).toBe(
      "scheduled",
    );
  });

  it("keeps a draft a draft whatever its date", () => {
    expect(publicationStatus({ draft: true, pubDate: new Date("2020-01-01") }, now)).toBe("draft");
    expect(publicationStatus({ draft: true }, now)).toBe("draft");
  });

  it("publishes an undated, non-draft page", () => {
    expect(publicationStatus({}, now)).toBe("published");
  });
});

describe("isVisible", () => {
  it("shows only published entries in a build", () => {
    expect(isVisible("published", false)).toBe(true);
    expect(isVisible("draft", false)).toBe(false);
    expect(isVisible("scheduled", false)).toBe(false);
  });

  it("shows every entry in the editors' preview", () => {
    expect(isVisible("draft", true)).toBe(true);
    expect(isVisible("scheduled", true)).toBe(true);
  });
});
