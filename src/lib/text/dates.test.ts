import { describe, expect, it } from "vitest";
import { romeDay } from "../../schemas/dates.ts";
import { formatEnglishDate, formatItalianDate, romeYear, toIsoDay } from "./dates.ts";

describe("Italian dates", () => {
  it("writes a day as Italian readers do", () => {
    expect(formatItalianDate(romeDay(2026, 11, 30))).toBe("30 novembre 2026");
    expect(formatItalianDate(romeDay(2027, 1, 1))).toBe("1 gennaio 2027");
  });

  it("shows the day it is in Italy, not in UTC", () => {
    const lateEveningInRome = new Date("2026-12-31T23:30:00+01:00");
    expect(formatItalianDate(lateEveningInRome)).toBe("31 dicembre 2026");
    expect(toIsoDay(lateEveningInRome)).toBe("2026-12-31");
    const justAfterMidnightInRome = new Date("2026-12-31T23:30:00Z");
    expect(toIsoDay(justAfterMidnightInRome)).toBe("2027-01-01");
    expect(romeYear(justAfterMidnightInRome)).toBe(2027);
  });

  it("starts a day at midnight in Rome, in summer and winter time alike", () => {
    expect(romeDay(2026, 7, 1).toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(romeDay(2026, 12, 1).toISOString()).toBe("2026-11-30T23:00:00.000Z");
  });
});

describe("English dates", () => {
  it("writes a day in British English, on Rome's clock", () => {
    expect(formatEnglishDate(romeDay(2026, 11, 25))).toBe("25 November 2026");
    expect(formatEnglishDate(new Date("2026-12-31T23:30:00Z"))).toBe("1 January 2027");
  });
});
