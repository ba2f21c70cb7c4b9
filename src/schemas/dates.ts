import { TZDate } from "@date-fns/tz";
import { z } from "astro/zod";
import { editorMessage } from "../i18n/editor-messages.ts";
import { SITE_TIME_ZONE } from "../lib/dates.ts";
import { editorIssue } from "./helpers.ts";

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** The first instant of a calendar day in Rome. */
export function romeDay(year: number, month: number, day: number): Date {
  return new Date(new TZDate(year, month - 1, day, SITE_TIME_ZONE).getTime());
}

/** YAML turns a bare date into midnight UTC: read it back as that calendar day in Rome. */
function fromYamlDate(value: Date): Date {
  const isBareDate =
    value.getUTCHours() === 0 &&
    value.getUTCMinutes() === 0 &&
    value.getUTCSeconds() === 0 &&
    value.getUTCMilliseconds() === 0;
  return isBareDate
    ? romeDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
    : value;
}

function fromText(value: string, allowTime: boolean): Date | undefined {
  const bare = BARE_DATE.exec(value);
  if (bare) {
    const [year, month, day] = bare.slice(1).map(Number) as [number, number, number];
    const date = romeDay(year, month, day);
    // 2026-02-30 would roll over into March: only a day that exists reads back the same.
    const inRome = new TZDate(date, SITE_TIME_ZONE);
    const exists =
      inRome.getFullYear() === year && inRome.getMonth() === month - 1 && inRome.getDate() === day;
    return exists ? date : undefined;
  }
  if (allowTime && DATE_TIME_WITH_OFFSET.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

function siteDate(allowTime: boolean) {
  return z.union([z.date(), z.string()]).transform((value, ctx) => {
    const date =
      value instanceof Date
        ? Number.isNaN(value.getTime())
          ? undefined
          : fromYamlDate(value)
        : fromText(value.trim(), allowTime);
    if (!date) {
      ctx.addIssue(
        editorIssue(editorMessage("DateInvalid", { value: String(value), withTime: allowTime })),
      );
      return z.NEVER;
    }
    return date;
  });
}

/** A calendar day (`2026-11-30`), read in Europe/Rome. */
export const calendarDate = () => siteDate(false);

/** A calendar day, or a date-time that carries its offset. */
export const dateOrDateTime = () => siteDate(true);
