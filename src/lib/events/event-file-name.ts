import { SITE_TIME_ZONE } from "../text/dates.ts";
import { toSlug } from "../text/slugs.ts";

const monthYear = new Intl.DateTimeFormat("it-IT", {
  timeZone: SITE_TIME_ZONE,
  month: "long",
  year: "numeric",
});

/** A slug that already ends with an Italian month and a year (`…-marzo-2027`). */
const ENDS_WITH_MONTH_YEAR =
  /-(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)-\d{4}$/;

/**
 * An event's file name without `.md`, as EDITING.md recommends (`assemblea-soci-marzo-2027`):
 * the title's slug followed by the month and year in Italy of `start`, the day `npm run new`
 * writes as the event's start. A title that already ends with a month and a year keeps it.
 */
export function eventFileSlug(titleSlug: string, start: Date): string {
  if (ENDS_WITH_MONTH_YEAR.test(titleSlug)) return titleSlug;
  return `${titleSlug}-${toSlug(monthYear.format(start))}`;
}
