import { readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { sequenceOf } from "../src/lib/events/calendar";
import { fixtureDist } from "./support/build-site";
import { readPages } from "./support/dist";

/** A calendar file of the built fixture site, as an independent parser reads it. */
function readCalendar(address: string) {
  const text = readFileSync(path.join(fixtureDist, address), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  return {
    text,
    calendar,
    events,
    byId: (id: string) => events.find((e) => e.uid.startsWith(`${id}@`)),
  };
}

const whole = readCalendar("eventi.ics");
const event = (id: string) => {
  const found = whole.byId(id);
  if (!found) throw new Error(`No event ${id} in /eventi.ics`);
  return found;
};
const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

describe("the calendar readers subscribe to (/eventi.ics)", () => {
  it("holds every published event, once, and no draft", () => {
    const pages = readPages(fixtureDist)
      .map((page) => /^\/eventi\/([^/]+)\/$/.exec(page.url)?.[1])
      .filter((id) => id !== undefined)
      .sort();
    expect(pages).toHaveLength(7);
    expect(whole.events.map((e) => e.uid.split("@")[0]).sort()).toEqual(pages);
    expect(whole.text).not.toContain("SEGRETO-BOZZA-EVENTO");
  });

  it("names itself and the time zone its times are in", () => {
    expect(whole.calendar.getFirstPropertyValue("x-wr-calname")).toBe(
      "Distretto milanese dell'auto: eventi",
    );
    expect(whole.calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Rome");
    expect(whole.calendar.getAllSubcomponents("vtimezone")).toHaveLength(1);
  });

  it("keeps each event's local time on both sides of the clock change of 25 October 2026", () => {
    const before = event("prima-del-cambio-ora");
    expect(before.startDate.toString()).toBe("2026-10-24T18:00:00");
    expect(utc(before.startDate)).toBe("2026-10-24T16:00:00.000Z");
    const after = event("dopo-il-cambio-ora");
    expect(after.startDate.toString()).toBe("2026-10-26T09:30:00");
    expect(utc(after.startDate)).toBe("2026-10-26T08:30:00.000Z");
    expect(utc(after.endDate)).toBe("2026-10-26T11:00:00.000Z");
  });

  it("keeps all-day events all-day, ending the day after their last day", () => {
    const fair = event("fiera-tre-giorni");
    expect([fair.startDate.isDate, fair.startDate.toString(), fair.endDate.toString()]).toEqual([
      true,
      "2999-05-12",
      "2999-05-15",
    ]);
    const day = event("giornata-2025");
    expect([day.startDate.isDate, day.startDate.toString(), day.endDate.toString()]).toEqual([
      true,
      "2025-05-15",
      "2025-05-16",
    ]);
  });

  it("brings back commas, semicolons, quotes, accents and line breaks intact", () => {
    const special = event("prima-del-cambio-ora");
    expect(special.summary).toBe('Ricerca, sviluppo; "motori" & l\'auto: città e perché');
    expect(special.description).toContain(
      'con virgole, punti e virgola; accenti (è, à, ù) e un "a capo".\nQuesta seconda riga',
    );
    expect(special.location).toBe("Officina di prova, sala «A», Via Prova 7, Brescia (BS)");
  });

  it("folds long lines at 75 bytes", () => {
    const lines = whole.text.split("\r\n");
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(3);
    for (const line of lines) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });

  it("marks the cancelled event as cancelled and keeps the others confirmed", () => {
    const statuses = Object.fromEntries(
      whole.events.map((e) => [e.uid.split("@")[0], e.component.getFirstPropertyValue("status")]),
    );
    expect(statuses).toMatchObject({
      "evento-annullato": "CANCELLED",
      "assemblea-futura": "CONFIRMED",
    });
    expect(Object.values(statuses).filter((status) => status === "CANCELLED")).toHaveLength(1);
  });

  it("gives each event a UID on the site's domain, and a SEQUENCE from its LAST-MODIFIED", () => {
    for (const e of whole.events) {
      expect(e.uid).toMatch(/^[a-z0-9-]+@distretto-test\.example$/);
      const modified = e.component.getFirstPropertyValue("last-modified") as ICAL.Time;
      expect(modified.zone.tzid).toBe("UTC");
      expect(e.sequence).toBe(sequenceOf(modified.toJSDate()));
    }
  });

  it("links each event to its page on the site", () => {
    expect(event("assemblea-futura").component.getFirstPropertyValue("url")).toBe(
      "https://distretto-test.example/eventi/assemblea-futura/",
    );
  });
});

describe("the calendar file of one event", () => {
  it("holds that event only, exactly as the whole calendar has it", () => {
    for (const id of ["assemblea-futura", "fiera-tre-giorni", "evento-annullato"]) {
      const single = readCalendar(`eventi/${id}.ics`);
      expect(single.events).toHaveLength(1);
      const [only] = single.events as [ICAL.Event];
      const same = event(id);
      expect([only.uid, only.sequence, only.summary]).toEqual([
        same.uid,
        same.sequence,
        same.summary,
      ]);
      expect(only.startDate.toString()).toBe(same.startDate.toString());
      expect(single.calendar.getAllSubcomponents("vtimezone")).toHaveLength(1);
    }
  });
});
