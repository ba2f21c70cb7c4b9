/**
 * iCalendar files of the events (RFC 5545), written with ical-generator: one per event for
 * "Aggiungi al calendario", and one of every event that calendar applications subscribe to.
 */
import { TZDate } from "@date-fns/tz";
import { ICalCalendar, ICalEventStatus } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { EventTime } from "../../schemas/dates.ts";
import { SITE_TIME_ZONE } from "../text/dates.ts";
import { dayAfter } from "./event-times.ts";

export interface CalendarEvent {
  /** The event's id, the name of its file: the UID keeps it as long as the file keeps its name. */
  id: string;
  title: string;
  description: string;
  /** The event's page, absolute. */
  url: string;
  start: EventTime;
  end?: EventTime | undefined;
  /** The place as one line, when there is one. */
  place?: string | undefined;
  online?: string | undefined;
  registration?: string | undefined;
  cancelled: boolean;
  /** When the event's file last changed: LAST-MODIFIED, DTSTAMP and SEQUENCE derive from it. */
  lastModified: Date;
}

export interface CalendarOptions {
  name: string;
  description: string;
  /** Where the calendar is published, absolute. */
  url: string;
  /** The domain UIDs end with, e.g. `distretto-auto.example`. */
  uidDomain: string;
  events: readonly CalendarEvent[];
}

/** Seconds between the first day of 2026 and a file's last change. */
const SEQUENCE_ORIGIN = Date.UTC(2026, 0, 1);

/**
 * The event's SEQUENCE: the seconds from 2026 to its file's last change. Calendars replace an
 * event they hold when the same UID comes back with a higher SEQUENCE; a time only grows, so
 * every edit raises it, on every machine alike, with no counter to keep anywhere.
 */
export function sequenceOf(lastModified: Date): number {
  return Math.max(0, Math.floor((lastModified.getTime() - SEQUENCE_ORIGIN) / 1000));
}

/** The instant in Rome's time, which ical-generator writes with TZID=Europe/Rome. */
const inRome = (date: Date) => new TZDate(date, SITE_TIME_ZONE);

/** What a calendar application shows under the title: summary, then how to take part. */
function descriptionOf(event: CalendarEvent): string {
  return [
    event.description,
    event.registration && `Iscrizioni: ${event.registration}`,
    event.online && `Collegamento: ${event.online}`,
    `Tutti i dettagli: ${event.url}`,
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** An iCalendar file with the events given, with Rome's time zone and its daylight-saving rules. */
export function calendarFile(options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    prodId: { company: "Distretto milanese dell'auto", product: "Eventi", language: "IT" },
    name: options.name,
    description: options.description,
    url: options.url,
    // The site is rebuilt every morning: readers' applications need not look more often.
    ttl: 12 * 60 * 60,
  });
  // The time zone goes on each event, not on the calendar: with a calendar-wide zone
  // ical-generator writes DTSTAMP and LAST-MODIFIED in local time, which must be UTC.
  calendar.timezone({ name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null });
  calendar.x("X-WR-TIMEZONE", SITE_TIME_ZONE);
  for (const event of options.events) {
    const allDay = event.start.allDay;
    // An all-day event ends, exclusively, on the day after its last day.
    const end = allDay ? dayAfter((event.end ?? event.start).date) : event.end?.date;
    calendar.createEvent({
      id: `${event.id}@${options.uidDomain}`,
      sequence: sequenceOf(event.lastModified),
      stamp: event.lastModified,
      lastModified: event.lastModified,
      timezone: SITE_TIME_ZONE,
      allDay,
      start: inRome(event.start.date),
      end: end ? inRome(end) : null,
      summary: event.cancelled ? `Annullato: ${event.title}` : event.title,
      description: descriptionOf(event),
      location: event.place ?? event.online ?? null,
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
