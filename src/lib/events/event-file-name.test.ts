import { describe, expect, it } from "vitest";
import { eventFileSlug } from "./event-file-name.ts";

describe("eventFileSlug", () => {
  it("adds the month and year of the start in Italy to the title's slug", () => {
    expect(eventFileSlug("assemblea-dei-soci", new Date("2027-03-20T08:30:00Z"))).toBe(
      "assemblea-dei-soci-marzo-2027",
    );
  });

  it("takes the month in Rome, not in UTC, at a month's edge", () => {
    // 23:30 UTC on 31 December is already 1 January in Italy.
    expect(eventFileSlug("fiera", new Date("2026-12-31T23:30:00Z"))).toBe("fiera-gennaio-2027");
  });

  it("keeps a title that already ends with a month and a year", () => {
    expect(eventFileSlug("assemblea-soci-marzo-2027", new Date("2026-12-02T10:00:00Z"))).toBe(
      "assemblea-soci-marzo-2027",
    );
  });
});
