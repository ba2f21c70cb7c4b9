/**
 * The events and working groups as the site shows them: each event with its organizers, groups
 * and last change, each group with its people, events and news. Site data calls these once.
 */
import path from "node:path";
import { routes } from "../routes.ts";
import { byStart, endOf, scheduleOf, type EventSchedule, type Timed } from "./event-times.ts";
import { lastChanges } from "./last-change.ts";
import { isVisible, publicationStatus, type PublicationStatus } from "./publishing.ts";
import type { ArticleWithLinks, EventEntry, GroupEntry, MemberEntry } from "./site-data.ts";
import { fileOf } from "./entry-file.ts";
import { compareItalian } from "./sorting.ts";

export interface SiteEvent extends Timed {
  id: string;
  entry: EventEntry;
  path: string;
  /** Its own iCalendar file. */
  calendarPath: string;
  status: PublicationStatus;
  /** Its organizers, in the order the file names them. */
  organizers: MemberEntry[];
  groups: GroupEntry[];
  /** When its file last changed: the calendar's LAST-MODIFIED and SEQUENCE. */
  lastModified: Date;
  /** Not over at the moment of the build. */
  upcoming: boolean;
}

export interface WorkingGroup {
  id: string;
  entry: GroupEntry;
  path: string;
  coordinator: MemberEntry;
  /** Everyone taking part: the coordinator first, then by name. */
  participants: MemberEntry[];
  events: EventSchedule<SiteEvent>;
  /** The published articles that name it, newest first. */
  articles: ArticleWithLinks[];
}

type Resolve<T> = (refs: readonly { id: string }[]) => T[];

/** The events the build shows, by start, each with its organizers, groups and last change. */
export function eventsOf(
  events: readonly EventEntry[],
  now: Date,
  preview: boolean,
  membersOf: Resolve<MemberEntry>,
  groupsOf: Resolve<GroupEntry>,
): SiteEvent[] {
  const first = events[0];
  // One look at the folder's history for every event (see last-change.ts).
  const changeOf = first ? lastChanges(path.dirname(path.resolve(fileOf(first)))) : undefined;
  const visible = events.flatMap((entry): SiteEvent[] => {
    const status = publicationStatus(entry.data, now);
    if (!isVisible(status, preview)) return [];
    const { start, end, title } = entry.data;
    return [
      {
        start,
        end,
        title,
        id: entry.id,
        entry,
        path: routes.event(entry.id),
        calendarPath: routes.eventCalendar(entry.id),
        status,
        organizers: membersOf(entry.data.organizers),
        groups: groupsOf(entry.data.groups),
        lastModified: changeOf?.(path.resolve(fileOf(entry))) ?? now,
        upcoming: endOf({ start, end, title }) > now,
      },
    ];
  });
  return visible.sort(byStart);
}

/** A working group with the people, events and news that belong to it. */
export function workingGroup(
  entry: GroupEntry,
  now: Date,
  membersOf: Resolve<MemberEntry>,
  events: readonly SiteEvent[],
  articles: readonly ArticleWithLinks[],
): WorkingGroup {
  const [coordinator] = membersOf([entry.data.coordinator]);
  const others = membersOf(entry.data.members)
    .filter((member) => member.id !== coordinator?.id)
    .sort((a, b) => compareItalian(a.data.name, b.data.name));
  const names = (refs: readonly { id: string }[]) => refs.some((ref) => ref.id === entry.id);
  return {
    id: entry.id,
    entry,
    path: routes.group(entry.id),
    coordinator: coordinator as MemberEntry,
    participants: [...(coordinator ? [coordinator] : []), ...new Set(others)],
    events: scheduleOf(
      events.filter((event) => names(event.entry.data.groups)),
      now,
    ),
    articles: articles.filter((article) => names(article.entry.data.groups)),
  };
}
