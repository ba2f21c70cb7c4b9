import { describe, expect, it } from "vitest";
import { romeDay } from "../../schemas/dates.ts";
import { routes } from "../../routes.ts";
import { parseNewsId } from "./news-paths.ts";

describe("news addresses", () => {
  it("reads the year and slug from the file's path", () => {
    const address = parseNewsId("2026/nasce-il-distretto", romeDay(2026, 11, 25));
    expect(address).toEqual({ year: "2026", slug: "nasce-il-distretto" });
    expect(routes.article(address as { year: string; slug: string })).toBe(
      "/notizie/2026/nasce-il-distretto/",
    );
  });

  it("uses the year in Italy for an article published on New Year's Eve night", () => {
    const pubDate = new Date("2026-12-31T23:30:00Z");
    expect(parseNewsId("2027/auguri", pubDate)).toEqual({ year: "2027", slug: "auguri" });
  });

  it.each(["nasce-il-distretto", "2025/nasce-il-distretto", "2026/Nasce_Il_Distretto"])(
    "refuses %s for an article of 2026 and says where the file belongs",
    (id) => {
      expect(parseNewsId(id, romeDay(2026, 5, 1))).toEqual({
        message: { name: "NewsWrongYearFolder", params: { id, year: "2026" } },
      });
    },
  );
});
