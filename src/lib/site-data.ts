/**
 * The one gateway to the content: every collection is read, checked, filtered by the publishing
 * rule, sorted and indexed once per build, and every page takes what it needs from the result.
 */
import path from "node:path";
import { getCollection, type CollectionEntry } from "astro:content";
import { JOIN_PAGE_ID, routes } from "../routes.ts";
import { site } from "../site.ts";
import { ContentIntegrityError, type ContentProblem } from "./content-errors.ts";
import { byStart, endOf, scheduleOf, type EventSchedule, type Timed } from "./event-times.ts";
import { lastChanges } from "./last-change.ts";
import { appendTo } from "./multimap.ts";
import { indexNews, type ArticleLinks, type YearGroup } from "./news-index.ts";
import { parseNewsId, type NewsAddress } from "./news-paths.ts";
import { memberFilters, type MemberFilter } from "./member-filters.ts";
import { groupMembers, type MemberGroups } from "./member-groups.ts";
import { isVisible, publicationStatus, type PublicationStatus } from "./publishing.ts";
import { readingMinutesOfFile } from "./reading-time.ts";
import { findMissingReferences, type EntryLinks } from "./references.ts";
import { compareItalian, sortByOrderThenLabel, sortNewestFirst } from "./sorting.ts";
import type { TaggedItems } from "./tags.ts";

export type NewsEntry = CollectionEntry<"news">;
export type MemberEntry = CollectionEntry<"members">;
export type CommitteeEntry = CollectionEntry<"committee">;
export type DistrictEntry = CollectionEntry<"district">;
export type PageEntry = CollectionEntry<"pages">;
export type EventEntry = CollectionEntry<"events">;
export type GroupEntry = CollectionEntry<"groups">;

export interface Article extends NewsAddress {
  id: string;
  entry: NewsEntry;
  path: string;
  status: PublicationStatus;
  pubDate: Date;
  rawTags: readonly string[];
  memberIds: readonly string[];
  members: MemberEntry[];
  /** The working groups it names. */
  groups: GroupEntry[];
  readingMinutes: number;
}

export interface ArticleWithLinks extends Article, ArticleLinks<ArticleWithLinks> {}

export interface CommitteeSeat {
  entry: CommitteeEntry;
  member: MemberEntry;
}

export interface DistrictPage {
  entry: DistrictEntry;
  path: string;
  status: PublicationStatus;
}

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

export interface SiteData {
  /** Newest first, each with its tags, related articles and neighbours. */
  articles: ArticleWithLinks[];
  /** Tags by label, each with its articles newest first. */
  tags: TaggedItems<ArticleWithLinks>[];
  /** Years, newest first, each with its articles. */
  years: YearGroup<ArticleWithLinks>[];
  /** By name. */
  members: MemberEntry[];
  /** Members by type, province and sector, and the latest to join. */
  memberGroups: MemberGroups<MemberEntry>;
  /** The same groups labelled for readers, with their lists' addresses. */
  memberFilters: MemberFilter<MemberEntry>[];
  /** By `order`, then by name. */
  committee: CommitteeSeat[];
  /** By `order`, then by title. */
  district: DistrictPage[];
  /** The published page with the territory map, when there is one. */
  territoryPage: DistrictPage | undefined;
  /** By title. */
  pages: PageEntry[];
  /** The published articles that name each member, newest first. */
  articlesByMember: ReadonlyMap<string, ArticleWithLinks[]>;
  /** Each committee seat, by its member's id. */
  seatByMember: ReadonlyMap<string, CommitteeSeat>;
  /** Every event, by start: the calendar's order. */
  events: SiteEvent[];
  /** The events still to come and those over, at the moment of the build. */
  schedule: EventSchedule<SiteEvent>;
  /** By `order`, then by title. */
  workingGroups: WorkingGroup[];
  /** The events each member organizes. */
  eventsByMember: ReadonlyMap<string, EventSchedule<SiteEvent>>;
  /** The working groups each member coordinates or takes part in. */
  groupsByMember: ReadonlyMap<string, WorkingGroup[]>;
}

const fileOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;

/** Every reference between entries, for the build's own check that each one exists. */
function referencesOf(
  news: readonly NewsEntry[],
  committee: readonly CommitteeEntry[],
  events: readonly EventEntry[],
  groups: readonly GroupEntry[],
): EntryLinks[] {
  const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);
  return [
    ...news.flatMap((entry) => [
      {
        file: fileOf(entry),
        field: "members",
        collection: "members" as const,
        ids: ids(entry.data.members),
      },
      {
        file: fileOf(entry),
        field: "groups",
        collection: "groups" as const,
        ids: ids(entry.data.groups),
      },
    ]),
    ...committee.map((entry) => ({
      file: fileOf(entry),
      field: "member",
      collection: "members" as const,
      ids: [entry.data.member.id],
    })),
    ...events.flatMap((entry) => [
      {
        file: fileOf(entry),
        field: "organizers",
        collection: "members" as const,
        ids: ids(entry.data.organizers),
      },
      {
        file: fileOf(entry),
        field: "groups",
        collection: "groups" as const,
        ids: ids(entry.data.groups),
      },
    ]),
    ...groups.flatMap((entry) => [
      {
        file: fileOf(entry),
        field: "coordinator",
        collection: "members" as const,
        ids: [entry.data.coordinator.id],
      },
      {
        file: fileOf(entry),
        field: "members",
        collection: "members" as const,
        ids: ids(entry.data.members),
      },
    ]),
  ];
}

async function loadSiteData(now: Date, preview: boolean): Promise<SiteData> {
  const [news, members, committee, district, pages, events, groups] = await Promise.all([
    getCollection("news"),
    getCollection("members"),
    getCollection("committee"),
    getCollection("district"),
    getCollection("pages"),
    getCollection("events"),
    getCollection("groups"),
  ]);
  const membersById = new Map(members.map((member) => [member.id, member]));
  const groupsById = new Map(groups.map((group) => [group.id, group]));
  const problems: ContentProblem[] = findMissingReferences(
    referencesOf(news, committee, events, groups),
    { members: new Set(membersById.keys()), groups: new Set(groupsById.keys()) },
  );
  const membersOf = (refs: readonly { id: string }[]) =>
    refs.flatMap((ref) => membersById.get(ref.id) ?? []);
  const groupsOf = (refs: readonly { id: string }[]) =>
    refs.flatMap((ref) => groupsById.get(ref.id) ?? []);

  const visibleNews: Article[] = [];
  for (const entry of news) {
    const status = publicationStatus(entry.data, now);
    if (!isVisible(status, preview)) continue;
    const address = parseNewsId(entry.id, entry.data.pubDate, fileOf(entry));
    if ("problem" in address) {
      problems.push(address);
      continue;
    }
    const memberIds = entry.data.members.map((ref) => ref.id);
    visibleNews.push({
      ...address,
      id: entry.id,
      entry,
      path: routes.article(address),
      status,
      pubDate: entry.data.pubDate,
      rawTags: entry.data.tags,
      memberIds,
      members: memberIds.flatMap((id) => membersById.get(id) ?? []),
      groups: groupsOf(entry.data.groups),
      readingMinutes: readingMinutesOfFile(fileOf(entry)),
    });
  }

  if (problems.length > 0) throw new ContentIntegrityError(problems);

  const newestFirst = sortNewestFirst(
    visibleNews,
    (article) => article.pubDate,
    (article) => article.entry.data.title,
  );
  const index = indexNews(newestFirst);
  // Each article object gains its links in place, so the index's lists carry them too.
  const articles = newestFirst.map(
    (article) => Object.assign(article, index.linksOf.get(article.id)) as ArticleWithLinks,
  );
  const linked = (items: readonly Article[]) => items as ArticleWithLinks[];

  const membersByName = [...members].sort((a, b) => compareItalian(a.data.name, b.data.name));
  const memberGroups = groupMembers(membersByName);
  const seats = committee.map((entry) => ({
    entry,
    member: membersById.get(entry.data.member.id) as MemberEntry,
  }));
  const articlesByMember = new Map<string, ArticleWithLinks[]>();
  for (const article of articles) {
    for (const member of article.members) appendTo(articlesByMember, member.id, article);
  }

  const districtPages = district
    .map((entry) => ({
      entry,
      path: routes.districtPage(entry.id),
      status: publicationStatus(entry.data, now),
    }))
    .filter((page) => isVisible(page.status, preview));

  const siteEvents = eventsOf(events, now, preview, membersOf, groupsOf);
  const workingGroups = sortByOrderThenLabel(
    groups.map((entry) => workingGroup(entry, now, membersOf, siteEvents, articles)),
    (group) => group.entry.data.order,
    (group) => group.entry.data.title,
  );
  const eventsByMember = new Map<string, SiteEvent[]>();
  for (const event of siteEvents) {
    for (const member of event.organizers) appendTo(eventsByMember, member.id, event);
  }
  const groupsByMember = new Map<string, WorkingGroup[]>();
  for (const group of workingGroups) {
    for (const member of group.participants) appendTo(groupsByMember, member.id, group);
  }

  return {
    articles,
    tags: index.tags.map(({ slug, label, items }) => ({ slug, label, items: linked(items) })),
    years: index.years.map((year) => ({ ...year, items: linked(year.items) })),
    members: membersByName,
    memberGroups,
    memberFilters: memberFilters(memberGroups),
    committee: sortByOrderThenLabel(
      seats,
      (seat) => seat.entry.data.order,
      (seat) => seat.member.data.name,
    ),
    district: sortByOrderThenLabel(
      districtPages,
      (page) => page.entry.data.order,
      (page) => page.entry.data.title,
    ),
    territoryPage: districtPages.find((page) => page.entry.id === site.territoryPageId),
    pages: [...pages].sort((a, b) => compareItalian(a.data.title, b.data.title)),
    articlesByMember,
    seatByMember: new Map(seats.map((seat) => [seat.member.id, seat])),
    events: siteEvents,
    schedule: scheduleOf(siteEvents, now),
    workingGroups,
    eventsByMember: new Map(
      [...eventsByMember].map(([id, organized]) => [id, scheduleOf(organized, now)]),
    ),
    groupsByMember,
  };
}

type Resolve<T> = (refs: readonly { id: string }[]) => T[];

/** The events the build shows, by start, each with its organizers, groups and last change. */
function eventsOf(
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
function workingGroup(
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

let cached: Promise<SiteData> | undefined;

/** The site's content, loaded and checked on first use and shared by every page of the build. */
export function getSiteData(): Promise<SiteData> {
  // The preview reloads content as editors save, so it must not keep an old copy.
  if (import.meta.env.DEV) return loadSiteData(new Date(), true);
  cached ??= loadSiteData(new Date(), false);
  return cached;
}

/** The district page shown at /aderisci/; the site cannot be built without it. */
export async function getJoinPage(): Promise<{ page: DistrictPage; allPages: DistrictPage[] }> {
  const { district } = await getSiteData();
  const page = district.find((candidate) => candidate.entry.id === JOIN_PAGE_ID);
  if (!page) {
    throw new ContentIntegrityError([
      {
        file: `content/district/${JOIN_PAGE_ID}.md`,
        field: "(file)",
        problem: "manca la pagina che spiega come aderire, mostrata in /aderisci/.",
        expected: "Crea il file (o togli draft: true) con title e description.",
      },
    ]);
  }
  return { page, allPages: district };
}
