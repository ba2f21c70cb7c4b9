import { describe, expect, it } from "vitest";
import { lastModifiedInHtml } from "./sitemap-lastmod.ts";

describe("lastModifiedInHtml", () => {
  it("reads the page's og:updated_time", () => {
    const html =
      '<head><meta property="og:updated_time" content="2026-11-24T23:00:00.000Z"></head>';
    expect(lastModifiedInHtml(html)).toBe("2026-11-24T23:00:00.000Z");
  });

  it("finds nothing on a page without a date", () => {
    expect(lastModifiedInHtml("<head><title>Membri</title></head>")).toBeUndefined();
  });
});
