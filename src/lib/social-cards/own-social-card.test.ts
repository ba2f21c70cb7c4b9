import { describe, expect, it } from "vitest";
import { hasOwnCard, ownCardsAfter } from "./own-social-card.ts";

const newest = new Date("2026-11-20T10:00:00Z");
const after = ownCardsAfter(newest, 12);

describe("which articles get a social card of their own", () => {
  it("are those of the twelve months up to the newest article", () => {
    expect(after).toEqual(new Date("2025-11-20T10:00:00Z"));
    expect(hasOwnCard({ pubDate: newest, hasImage: false }, after)).toBe(true);
    expect(hasOwnCard({ pubDate: new Date("2025-11-21T00:00:00Z"), hasImage: false }, after)).toBe(
      true,
    );
  });

  it("leave older articles the site's card, from exactly twelve months before", () => {
    expect(hasOwnCard({ pubDate: new Date("2025-11-20T10:00:00Z"), hasImage: false }, after)).toBe(
      false,
    );
    expect(hasOwnCard({ pubDate: new Date("2019-03-01T00:00:00Z"), hasImage: false }, after)).toBe(
      false,
    );
  });

  it("leave out an article that shares its own hero image", () => {
    expect(hasOwnCard({ pubDate: newest, hasImage: true }, after)).toBe(false);
  });

  it("are none when nothing is published", () => {
    expect(ownCardsAfter(undefined, 12)).toBeUndefined();
    expect(hasOwnCard({ pubDate: newest, hasImage: false }, undefined)).toBe(false);
  });
});
