import { TZDate } from "@date-fns/tz";
import { z } from "astro/zod";
import { editorMessage } from "../i18n/editor-messages.ts";
import { SITE_TIME_ZONE } from "../lib/text/dates.ts";
import { editorIssue } from "./helpers.ts";

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date-time with its offset, as the site asks for one (`2026-11-21T09:30:00+01:00`). */
export const DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Each day's first instant, once: TZDate is slow, and thousands of entries share few days. */
const romeDays = new Map<string, number>();

/** The first instant of a calendar day in Rome. */
export function romeDay(year: number, month: number, day: number): Date {
  const key = `${year}-${month}-${day}`;
  let time = romeDays.get(key);
  if (time === undefined) {
    time = new TZDate(year, month - 1, day, SITE_TIME_ZONE).getTime();
    romeDays.set(key, time);
  }
  return new Date(time);
}

/** A date as written, and whether it was a bare calendar day rather than a date-time. */
interface ReadDate {
  date: Date;
  bare: boolean;
}

/** YAML turns a bare date into midnight UTC: read it back as that calendar day in Rome. */
function fromYamlDate(value: Date): ReadDate {
  const bare =
    value.getUTCHours() === 0 &&
    value.getUTCMinutes() === 0 &&
    value.getUTCSeconds() === 0 &&
    value.getUTCMilliseconds() === 0;
  const date = bare
    ? romeDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
    : value;
  return { date, bare };
}

function fromText(value: string, allowTime: boolean): ReadDate | undefined {
  const bare = BARE_DATE.exec(value);
  if (bare) {
    const [year, month, day] = bare.slice(1).map(Number) as [number, number, number];
    // 2026-02-30 would roll over into March: only a day that exists reads back the same (in
    // any time zone, so in UTC, which is quick).
    const utc = new Date(Date.UTC(year, month - 1, day));
    const exists =
      utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
    return exists ? { date: romeDay(year, month, day), bare: true } : undefined;
  }
  if (allowTime && DATE_TIME_WITH_OFFSET.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : { date, bare: false };
  }
  return undefined;
}

function fromValue(value: Date | string, allowTime: boolean): ReadDate | undefined {
  if (typeof value === "string") return fromText(value.trim(), allowTime);
  return Number.isNaN(value.getTime()) ? undefined : fromYamlDate(value);
}

// 25/11/2026, 25-11-2026, 25.11.2026: how Italians write a day, which the site cannot read.
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** The ISO day an editor meant by a day written day first, when that day exists. */
function dayFirstSuggestion(value: Date | string): string | undefined {
  const match = typeof value === "string" ? DAY_FIRST.exec(value.trim()) : null;
  if (!match) return undefined;
  const [, day = "", , month = "", year = ""] = match;
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return fromText(iso, false) ? iso : undefined;
}

/** A calendar day and a date-time with its offset, as JSON Schema names what an editor writes. */
const WRITTEN_DAY = { type: "string", format: "date" } as const;
const WRITTEN_DATE_TIME = { type: "string", format: "date-time" } as const;

function siteDate<Output>(allowTime: boolean, output: (read: ReadDate) => Output) {
  const schema = z.union([z.date(), z.string()]).transform((value, ctx) => {
    const read = fromValue(value, allowTime);
    if (!read) {
      const suggestion = dayFirstSuggestion(value);
      ctx.addIssue(
        editorIssue(
          suggestion
            ? editorMessage("DateDayFirst", { value: String(value).trim(), suggestion })
            : editorMessage("DateInvalid", { value: String(value), withTime: allowTime }),
        ),
      );
      return z.NEVER;
    }
    return output(read);
  });
  // z.toJSONSchema() sees only a Date (YAML's reading of a bare day, which JSON Schema cannot
  // name) or any string, since the transform is what tells a day from a date-time: the forms an
  // editor may write are declared here, for the field reference and the browser editor.
  return schema.meta({ anyOf: allowTime ? [WRITTEN_DAY, WRITTEN_DATE_TIME] : [WRITTEN_DAY] });
}

/** A calendar day (`2026-11-30`), read in Europe/Rome. */
export const calendarDate = () => siteDate(false, ({ date }) => date);

/** A calendar day, or a date-time that carries its offset. */
export const dateOrDateTime = () => siteDate(true, ({ date }) => date);

/** When an event starts or ends: an instant, or a whole day in Rome (written as a bare date). */
export interface EventTime {
  /** The instant; for a whole day, its first instant in Rome. */
  date: Date;
  allDay: boolean;
}

/** A bare date (a whole day) or a date-time with its offset, remembering which was written. */
export const eventTime = () =>
  siteDate(true, ({ date, bare }): EventTime => ({ date, allDay: bare }));
