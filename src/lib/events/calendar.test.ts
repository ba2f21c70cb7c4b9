import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { romeDay } from "../../schemas/dates.ts";
import { calendarFile, sequenceOf, type CalendarEvent } from "./calendar.ts";

const changed = new Date("2026-11-02T10:15:00Z");
const base = {
  description: "Una sintesi.",
  url: "https://d.example/eventi/x/",
  cancelled: false,
  lastModified: changed,
};
const events: CalendarEvent[] = [
  {
    ...base,
    id: "serata",
    title: 'Ricerca, sviluppo; "motori" & l\'auto: città',
    description: "Virgole, punti e virgola; accenti (è, à).\nSeconda riga.",
    start: { date: new Date("2026-10-24T18:00:00+02:00"), allDay: false },
    end: { date: new Date("2026-10-24T20:00:00+02:00"), allDay: false },
    place: "Sala «A», Via Prova 7, Brescia (BS)",
  },
  {
    ...base,
    id: "mattina",
    title: "Mattina",
    start: { date: new Date("2026-10-26T09:30:00+01:00"), allDay: false },
    online: "https://riunioni.example/m",
    registration: "https://iscrizioni.example/m",
    cancelled: true,
  },
  {
    ...base,
    id: "fiera",
    title: "Fiera",
    start: { date: romeDay(2027, 5, 12), allDay: true },
    end: { date: romeDay(2027, 5, 14), allDay: true },
  },
];

/** The calendar as an independent parser reads it, with its time zones registered. */
function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

const text = calendarFile({
  name: "Eventi",
  description: "Gli eventi",
  url: "https://d.example/eventi.ics",
  uidDomain: "d.example",
  events,
});
const [evening, morning, fair] = readBack(text) as [ICAL.Event, ICAL.Event, ICAL.Event];

describe("calendarFile", () => {
  it("keeps the local time in Rome on both sides of a daylight-saving change", () => {
    expect(evening.startDate.toString()).toBe("2026-10-24T18:00:00");
    expect(evening.startDate.zone.tzid).toBe("Europe/Rome");
    expect(evening.startDate.toJSDate().toISOString()).toBe("2026-10-24T16:00:00.000Z");
    expect(evening.endDate.toJSDate().toISOString()).toBe("2026-10-24T18:00:00.000Z");
    expect(morning.startDate.toString()).toBe("2026-10-26T09:30:00");
    expect(morning.startDate.toJSDate().toISOString()).toBe("2026-10-26T08:30:00.000Z");
  });

  it("carries Rome's time zone with its summer and winter rules", () => {
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Rome/);
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
  });

  it("writes an all-day event as dates, ending the day after its last day", () => {
    expect(fair.startDate.isDate).toBe(true);
    expect(fair.startDate.toString()).toBe("2027-05-12");
    expect(fair.endDate.toString()).toBe("2027-05-15");
  });

  it("brings back commas, semicolons, quotes, accents and line breaks intact", () => {
    expect(evening.summary).toBe('Ricerca, sviluppo; "motori" & l\'auto: città');
    expect(evening.description).toContain(
      "Virgole, punti e virgola; accenti (è, à).\nSeconda riga.",
    );
    expect(evening.location).toBe("Sala «A», Via Prova 7, Brescia (BS)");
  });

  it("folds every line to at most 75 bytes", () => {
    const lines = text.split("\r\n");
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });

  it("marks a cancelled event as such, in its status and its title", () => {
    expect(morning.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(morning.summary).toBe("Annullato: Mattina");
    expect(evening.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("says how to take part and where the page is", () => {
    expect(morning.description).toContain("Iscrizioni: https://iscrizioni.example/m");
    expect(morning.description).toContain("Collegamento: https://riunioni.example/m");
    expect(morning.location).toBe("https://riunioni.example/m");
    expect(fair.description).toContain("Tutti i dettagli: https://d.example/eventi/x/");
  });

  it("gives each event a stable UID, and SEQUENCE and LAST-MODIFIED from its last change", () => {
    expect(evening.uid).toBe("serata@d.example");
    expect(evening.sequence).toBe(sequenceOf(changed));
    const lastModified = evening.component.getFirstPropertyValue("last-modified") as ICAL.Time;
    expect(lastModified.toJSDate().toISOString()).toBe("2026-11-02T10:15:00.000Z");
    expect(text).toContain("LAST-MODIFIED:20261102T101500Z");
    expect(text).toContain("DTSTAMP:20261102T101500Z");
  });

  it("writes the same text for the same events, whenever it runs", () => {
    expect(
      calendarFile({
        name: "Eventi",
        description: "Gli eventi",
        url: "https://d.example/eventi.ics",
        uidDomain: "d.example",
        events,
      }),
    ).toBe(text);
  });
});

describe("sequenceOf", () => {
  it("grows with every later change, and never goes below zero", () => {
    const first = sequenceOf(new Date("2026-11-02T10:15:00Z"));
    expect(sequenceOf(new Date("2026-11-02T10:15:01Z"))).toBe(first + 1);
    expect(sequenceOf(new Date("2027-01-01T00:00:00Z"))).toBeGreaterThan(first);
    expect(sequenceOf(new Date("2020-01-01T00:00:00Z"))).toBe(0);
  });

  it("fits the 32-bit integer calendar applications read for decades", () => {
    expect(sequenceOf(new Date("2090-01-01T00:00:00Z"))).toBeLessThan(2 ** 31);
  });
});
