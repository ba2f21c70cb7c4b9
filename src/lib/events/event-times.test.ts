import { describe, expect, it } from "vitest";
import { romeDay } from "../../schemas/dates.ts";
import { dayAfter, describeWhen, endOf, scheduleOf } from "./event-times.ts";

const at = (iso: string) => ({ date: new Date(iso), allDay: false });
const day = (year: number, month: number, date: number) => ({
  date: romeDay(year, month, date),
  allDay: true,
});

describe("dayAfter", () => {
  it("moves to the next midnight in Rome, across a clock change too", () => {
    expect(dayAfter(romeDay(2026, 10, 24)).toISOString()).toBe("2026-10-24T22:00:00.000Z");
    // 25 October 2026 lasts 25 hours: the clocks go back at 03:00.
    expect(dayAfter(romeDay(2026, 10, 25)).toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });
});

describe("endOf", () => {
  it("is the end when there is one, else the start", () => {
    const start = at("2027-03-20T09:30:00+01:00");
    const end = at("2027-03-20T13:00:00+01:00");
    expect(endOf({ title: "A", start, end })).toBe(end.date);
    expect(endOf({ title: "A", start })).toBe(start.date);
  });

  it("lasts a whole day until the next midnight in Rome", () => {
    expect(endOf({ title: "A", start: day(2027, 5, 12), end: day(2027, 5, 14) })).toEqual(
      romeDay(2027, 5, 15),
    );
  });
});

describe("scheduleOf", () => {
  const events = [
    { title: "Fiera", start: day(2027, 5, 12), end: day(2027, 5, 14) },
    { title: "Assemblea", start: at("2027-03-20T09:30:00+01:00") },
    { title: "Convegno", start: at("2027-03-20T09:30:00+01:00") },
    { title: "Sessione", start: at("2026-10-26T09:30:00+01:00") },
    { title: "Serata", start: at("2026-10-24T18:00:00+02:00") },
    { title: "Giornata", start: day(2025, 5, 15) },
  ];

  it("puts the events not over yet first, soonest first, ties by title", () => {
    const { upcoming } = scheduleOf(events, new Date("2026-12-01T05:30:00Z"));
    expect(upcoming.map((event) => event.title)).toEqual(["Assemblea", "Convegno", "Fiera"]);
  });

  it("groups the past ones by the year they started in, newest first", () => {
    const { pastByYear } = scheduleOf(events, new Date("2026-12-01T05:30:00Z"));
    expect(pastByYear.map(({ year, items }) => [year, items.map((event) => event.title)])).toEqual([
      ["2026", ["Sessione", "Serata"]],
      ["2025", ["Giornata"]],
    ]);
  });

  it("keeps an all-day event upcoming on its own day, and an event under way", () => {
    const onTheSecondDay = new Date("2027-05-13T04:30:00Z");
    const { upcoming } = scheduleOf(events, onTheSecondDay);
    expect(upcoming.map((event) => event.title)).toEqual(["Fiera"]);
    const afterTheLastDay = romeDay(2027, 5, 15);
    expect(scheduleOf(events, afterTheLastDay).upcoming).toEqual([]);
  });

  it("depends only on the moment it is given", () => {
    const early = scheduleOf(events, new Date("2020-01-01T00:00:00Z"));
    expect(early.upcoming).toHaveLength(events.length);
    expect(early.pastByYear).toEqual([]);
  });
});

describe("describeWhen", () => {
  it("writes a morning with its times, as Italian readers do", () => {
    expect(
      describeWhen({
        start: at("2027-03-20T09:30:00+01:00"),
        end: at("2027-03-20T13:00:00+01:00"),
      }),
    ).toBe("sabato 20 marzo 2027, dalle 9:30 alle 13:00");
  });

  it("reads the time in Rome on both sides of a clock change", () => {
    expect(describeWhen({ start: at("2026-10-24T16:00:00Z") })).toBe(
      "sabato 24 ottobre 2026, ore 18:00",
    );
    expect(describeWhen({ start: at("2026-10-26T08:30:00Z") })).toBe(
      "lunedì 26 ottobre 2026, ore 9:30",
    );
  });

  it("elides the article before one o'clock", () => {
    expect(
      describeWhen({
        start: at("2027-01-15T01:00:00+01:00"),
        end: at("2027-01-15T01:30:00+01:00"),
      }),
    ).toBe("venerdì 15 gennaio 2027, dall'1:00 all'1:30");
  });

  it("writes whole days and ranges of days", () => {
    expect(describeWhen({ start: day(2025, 5, 15) })).toBe(
      "giovedì 15 maggio 2025, tutto il giorno",
    );
    expect(describeWhen({ start: day(2027, 5, 12), end: day(2027, 5, 14) })).toBe(
      "dal 12 al 14 maggio 2027",
    );
    expect(describeWhen({ start: day(2027, 4, 29), end: day(2027, 5, 2) })).toBe(
      "dal 29 aprile al 2 maggio 2027",
    );
    expect(describeWhen({ start: day(2026, 12, 30), end: day(2027, 1, 2) })).toBe(
      "dal 30 dicembre 2026 al 2 gennaio 2027",
    );
  });

  it("writes an event over several days with both times", () => {
    expect(
      describeWhen({
        start: at("2027-03-20T18:00:00+01:00"),
        end: at("2027-03-21T12:00:00+01:00"),
      }),
    ).toBe("dal 20 marzo 2027, ore 18:00, al 21 marzo 2027, ore 12:00");
  });
});

describe("describeWhen in English", () => {
  it("writes the day and its hours in English, on Rome's clock", () => {
    expect(
      describeWhen(
        { start: at("2027-03-20T09:30:00+01:00"), end: at("2027-03-20T13:00:00+01:00") },
        "en",
      ),
    ).toBe("Saturday, 20 March 2027, 9:30–13:00");
    expect(describeWhen({ start: at("2026-10-24T16:00:00Z") }, "en")).toBe(
      "Saturday, 24 October 2026, 18:00",
    );
  });

  // Intl writes a range's dash between thin spaces (U+2009).
  it("writes whole days and spans of days as English readers read them", () => {
    expect(describeWhen({ start: day(2027, 3, 20) }, "en")).toBe(
      "Saturday, 20 March 2027, all day",
    );
    expect(describeWhen({ start: day(2027, 3, 20), end: day(2027, 3, 22) }, "en")).toBe(
      "20\u2009–\u200922 March 2027",
    );
    expect(describeWhen({ start: day(2026, 12, 30), end: day(2027, 1, 2) }, "en")).toBe(
      "30 December 2026\u2009–\u20092 January 2027",
    );
  });

  it("names both days and hours of an event over several days", () => {
    expect(
      describeWhen(
        { start: at("2027-03-20T09:30:00+01:00"), end: at("2027-03-21T13:00:00+01:00") },
        "en",
      ),
    ).toBe("from 20 March 2027, 9:30, to 21 March 2027, 13:00");
  });
});
