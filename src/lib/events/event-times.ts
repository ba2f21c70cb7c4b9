/**
 * When events happen, as the site reasons about them: when an event is over, which are still to
 * come on a given day, the years of the past ones, and how a reader reads the dates.
 */
import { TZDate } from "@date-fns/tz";
import type { EventTime } from "../../schemas/dates.ts";
import {
  formatEnglishDate,
  formatEnglishDateRange,
  formatItalianDate,
  SITE_TIME_ZONE,
  romeYear,
  toIsoDay,
  toRomeDateTime,
} from "../text/dates.ts";
import type { YearGroup } from "../news/news-index.ts";
import { compareItalian } from "../data/sorting.ts";
import { DEFAULT_LANGUAGE, languages, type Language } from "../../i18n/languages.ts";

export interface Timed {
  start: EventTime;
  end?: EventTime | undefined;
  title: string;
}

/** For machines (`<time datetime>`, JSON-LD): a whole day as a date, an instant with its offset. */
export const isoTime = (time: EventTime) =>
  time.allDay ? toIsoDay(time.date) : toRomeDateTime(time.date);

/** The first instant of the day after a day, in Rome (23 or 25 hours later on a clock change). */
export function dayAfter(day: Date): Date {
  const inRome = new TZDate(day, SITE_TIME_ZONE);
  return new Date(
    new TZDate(
      inRome.getFullYear(),
      inRome.getMonth(),
      inRome.getDate() + 1,
      SITE_TIME_ZONE,
    ).getTime(),
  );
}

/** The instant an event is over: its end, or its start; a whole day lasts until midnight. */
export function endOf({ start, end }: Timed): Date {
  const last = end ?? start;
  return last.allDay ? dayAfter(last.date) : last.date;
}

/** Soonest first; events starting together by title, so the order never depends on files. */
export const byStart = (a: Timed, b: Timed) =>
  a.start.date.getTime() - b.start.date.getTime() || compareItalian(a.title, b.title);

export interface EventSchedule<T> {
  /** Not over yet (under way or to come), soonest first. */
  upcoming: T[];
  /** Over, by the year they started in, newest year first and latest first within it. */
  pastByYear: YearGroup<T>[];
}

/**
 * Splits events at `now`: the build passes its own moment, so the daily rebuild keeps the
 * split true and a test decides it with a fixed day, never the clock.
 */
export function scheduleOf<T extends Timed>(events: readonly T[], now: Date): EventSchedule<T> {
  const upcoming = events.filter((event) => endOf(event) > now).sort(byStart);
  const past = events.filter((event) => endOf(event) <= now).sort((a, b) => byStart(b, a));
  const years = Map.groupBy(past, (event) => String(romeYear(event.start.date)));
  return {
    upcoming,
    pastByYear: [...years].map(([year, items]) => ({ year, items })),
  };
}

/** The formats both languages write an event's day and hours with. */
const dayAndHours = (locale: string) => ({
  weekdayAndDay: new Intl.DateTimeFormat(locale, {
    timeZone: SITE_TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }),
  clock: new Intl.DateTimeFormat(locale, {
    timeZone: SITE_TIME_ZONE,
    hour: "numeric",
    minute: "2-digit",
  }),
});
const { weekdayAndDay, clock } = dayAndHours(languages.it.intl);
const dayAndMonth = new Intl.DateTimeFormat("it-IT", {
  timeZone: SITE_TIME_ZONE,
  day: "numeric",
  month: "long",
});
const dayOnly = new Intl.DateTimeFormat("it-IT", { timeZone: SITE_TIME_ZONE, day: "numeric" });

/** "9:30"; one o'clock takes an elided article in Italian ("dall'1:00", "all'1:00"). */
const time = (date: Date) => clock.format(date);
const from = (date: Date) =>
  time(date).startsWith("1:") ? `dall'${time(date)}` : `dalle ${time(date)}`;
const to = (date: Date) =>
  time(date).startsWith("1:") ? `all'${time(date)}` : `alle ${time(date)}`;

/** From one day to another: "dal 20 al 22 marzo 2027", "dal 30 dicembre 2026 al 2 gennaio 2027". */
function dayRange(first: Date, last: Date): string {
  const [a, b] = [toIsoDay(first), toIsoDay(last)];
  if (a.slice(0, 7) === b.slice(0, 7))
    return `dal ${dayOnly.format(first)} al ${formatItalianDate(last)}`;
  if (a.slice(0, 4) === b.slice(0, 4)) {
    return `dal ${dayAndMonth.format(first)} al ${formatItalianDate(last)}`;
  }
  return `dal ${formatItalianDate(first)} al ${formatItalianDate(last)}`;
}

const english = dayAndHours(languages.en.intl);

/**
 * In English, with Intl's own ranges: "Saturday, 20 March 2027, 9:30–13:00", "Saturday, 20 March
 * 2027, all day", "20 – 22 March 2027" (a thin space each side of a range's dash).
 */
function describeWhenInEnglish(start: EventTime, lastDay: EventTime | undefined, end?: EventTime) {
  const { weekdayAndDay: weekday, clock: hours } = english;
  const day = formatEnglishDate;
  if (start.allDay) {
    return lastDay
      ? formatEnglishDateRange(start.date, lastDay.date)
      : `${weekday.format(start.date)}, all day`;
  }
  if (lastDay) {
    return `from ${day(start.date)}, ${hours.format(start.date)}, to ${day(lastDay.date)}, ${hours.format(lastDay.date)}`;
  }
  return end
    ? `${weekday.format(start.date)}, ${hours.format(start.date)}–${hours.format(end.date)}`
    : `${weekday.format(start.date)}, ${hours.format(start.date)}`;
}

/**
 * When an event happens, in the reader's language and Rome's time: "sabato 20 marzo 2027,
 * dalle 9:30 alle 13:00", "sabato 20 marzo 2027, tutto il giorno", "dal 20 al 22 marzo 2027".
 */
export function describeWhen(
  { start, end }: Pick<Timed, "start" | "end">,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const lastDay = end && toIsoDay(end.date) !== toIsoDay(start.date) ? end : undefined;
  if (language === "en") return describeWhenInEnglish(start, lastDay, end);
  if (start.allDay) {
    return lastDay
      ? dayRange(start.date, lastDay.date)
      : `${weekdayAndDay.format(start.date)}, tutto il giorno`;
  }
  if (lastDay) {
    return `dal ${formatItalianDate(start.date)}, ore ${time(start.date)}, al ${formatItalianDate(lastDay.date)}, ore ${time(lastDay.date)}`;
  }
  return end
    ? `${weekdayAndDay.format(start.date)}, ${from(start.date)} ${to(end.date)}`
    : `${weekdayAndDay.format(start.date)}, ore ${time(start.date)}`;
}
