import * as italian from "../../i18n/it.ts";
import type { MemberData } from "../../schemas/members.ts";
import { toIsoDay } from "../text/dates.ts";
import type { SearchFilter } from "./search-filters.ts";

/** What the search index records of a page besides its text. */
export interface SearchRecord {
  section: string;
  filters?: Partial<Record<Exclude<SearchFilter, "sezione">, readonly string[]>>;
  /** Sorts news by date and shows the date beside the result. */
  date?: Date | undefined;
  /** Shown beside the result without sorting it among the news: an event's day. */
  shownDate?: Date | undefined;
  /** A small thumbnail for the result. */
  image?: { url: string; alt: string } | undefined;
}

/** The attributes Pagefind reads, as [attribute, value] pairs for hidden marker elements. */
export function searchMarkers(record: SearchRecord): [string, string][] {
  const markers: [string, string][] = [["data-pagefind-filter", `sezione:${record.section}`]];
  for (const [name, values] of Object.entries(record.filters ?? {})) {
    for (const value of values) markers.push(["data-pagefind-filter", `${name}:${value}`]);
  }
  if (record.date) {
    const day = toIsoDay(record.date);
    markers.push(["data-pagefind-sort", `data:${day}`], ["data-pagefind-meta", `data:${day}`]);
  } else if (record.shownDate) {
    markers.push(["data-pagefind-meta", `data:${toIsoDay(record.shownDate)}`]);
  }
  // Without an explicit image Pagefind would show the page's first image at full size.
  markers.push(
    ["data-pagefind-meta", `image:${record.image?.url ?? ""}`],
    ["data-pagefind-meta", `image_alt:${record.image?.alt ?? ""}`],
  );
  return markers;
}

/** A member's page, filed in its language's words (each language has its own index). */
export function memberSearchRecord(
  member: MemberData,
  { t, memberTypeLabels, provinceNames }: italian.Words = italian,
): SearchRecord {
  return {
    section: t.searchSections.members,
    filters: {
      tipo: [memberTypeLabels[member.type]],
      provincia: member.province ? [provinceNames[member.province]] : [],
    },
  };
}

/** An event is filed under its section and, by the day of the build, as to come or past. */
export function eventSearchRecord(
  event: {
    start: { date: Date };
    upcoming: boolean;
  },
  { t }: italian.Words = italian,
): SearchRecord {
  return {
    section: t.searchSections.events,
    filters: { eventi: [event.upcoming ? t.searchEventTimes.upcoming : t.searchEventTimes.past] },
    shownDate: event.start.date,
  };
}

export function groupSearchRecord({ t }: italian.Words = italian): SearchRecord {
  return { section: t.searchSections.groups };
}
