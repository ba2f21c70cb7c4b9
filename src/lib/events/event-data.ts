/**
 * The events and working groups as the site shows them: each event with its organizers, groups
 * and last change, each group with its people, events and news. Site data calls these once.
 */
import { routes } from "../../routes.ts";
import { byStart, endOf, scheduleOf } from "./event-times.ts";
import { isVisible, publicationStatus } from "../data/publishing.ts";
import type {
  ArticleWithLinks,
  EventEntry,
  GroupEntry,
  MemberEntry,
  SiteEvent,
  WorkingGroup,
} from "../data/site-types.ts";
import { compareItalian } from "../data/sorting.ts";

type Resolve<T> = (refs: readonly { id: string }[]) => T[];

export interface EventContext {
  now: Date;
  preview: boolean;
  membersOf: Resolve<MemberEntry>;
  groupsOf: Resolve<GroupEntry>;
  /** When the event's file last changed, when known; otherwise the build's moment. */
  lastChangeOf: (entry: EventEntry) => Date | undefined;
}

/** The events the build shows, by start, each with its organizers, groups and last change. */
export function eventsOf(
  events: readonly EventEntry[],
  { now, preview, membersOf, groupsOf, lastChangeOf }: EventContext,
): SiteEvent[] {
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
        lastModified: lastChangeOf(entry) ?? now,
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
