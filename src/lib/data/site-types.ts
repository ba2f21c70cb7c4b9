/**
 * The content as the site shows it: the entries Astro reads and what the data gateway
 * (site-data.ts) makes of them once per build. Every module of src/lib/ and every component
 * takes its types from here, so none imports the gateway for a type.
 */
import type { CollectionEntry } from "astro:content";
import type { EventSchedule, Timed } from "../events/event-times.ts";
import type { ArticleLinks, YearGroup } from "../news/news-index.ts";
import type { NewsAddress } from "../news/news-paths.ts";
import type { MemberFilter } from "../members/member-filters.ts";
import type { MemberGroups } from "../members/member-groups.ts";
import type { NewsletterEntry, NewsletterIssue } from "../newsletter/issue-data.ts";
import type { PublicationStatus } from "./publishing.ts";
import type { TaggedItems } from "../news/tags.ts";

export type NewsEntry = CollectionEntry<"news">;
export type MemberEntry = CollectionEntry<"members">;
export type CommitteeEntry = CollectionEntry<"committee">;
export type DistrictEntry = CollectionEntry<"district">;
export type PageEntry = CollectionEntry<"pages">;
export type EventEntry = CollectionEntry<"events">;
export type GroupEntry = CollectionEntry<"groups">;
export type { NewsletterEntry };
/** An issue of the newsletter with the articles and events it presents. */
export type SiteNewsletterIssue = NewsletterIssue<ArticleWithLinks, SiteEvent>;

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

export interface ArticleWithLinks extends Article, ArticleLinks<ArticleWithLinks> {
  /** Whether it shares a social card drawn for it (`site.ownSocialCardMonths`). */
  ownCard: boolean;
}

export interface CommitteeSeat {
  entry: CommitteeEntry;
  member: MemberEntry;
}

export interface DistrictPage {
  entry: DistrictEntry;
  path: string;
  status: PublicationStatus;
}

/** Every collection's entries, as Astro reads them: what the data gateway assembles. */
export interface SiteEntries {
  news: readonly NewsEntry[];
  members: readonly MemberEntry[];
  committee: readonly CommitteeEntry[];
  district: readonly DistrictEntry[];
  pages: readonly PageEntry[];
  events: readonly EventEntry[];
  groups: readonly GroupEntry[];
  newsletter: readonly NewsletterEntry[];
}

/** The Italian site, as assembled from the Italian entries; the English part joins it after. */
export type ItalianSiteData = Omit<SiteData, "english">;

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
  /** The newsletter's issues, newest first. */
  newsletter: SiteNewsletterIssue[];
  /** The English pages' content, joined to the Italian entries it translates (english.ts). */
  english: EnglishData;
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

/** A member or committee seat on an English page: in English where someone translated it. */
export interface EnglishMember {
  member: MemberEntry;
  translated: boolean;
}

export interface EnglishSeat extends CommitteeSeat {
  translated: boolean;
}

/** The English pages' content, joined once per build to the Italian entries it translates. */
export interface EnglishData {
  /** The members' groups labelled in English (their lists stay Italian pages). */
  memberFilters: MemberFilter<MemberEntry>[];
  /** The translated published articles, newest first, linked among themselves only. */
  articles: ArticleWithLinks[];
  /** Every member, by name, each with its English description where there is one. */
  members: EnglishMember[];
  membersById: ReadonlyMap<string, EnglishMember>;
  /** Every committee seat, in the Italian order, with its English role where there is one. */
  committee: EnglishSeat[];
  /** The translated published district pages, in the Italian order; the join text apart. */
  district: (DistrictPage & { slug: string })[];
  /** The English text of the join page, when it is translated. */
  joinPage: DistrictPage | undefined;
  /** The translated standalone pages. */
  pages: { entry: PageEntry; path: string; slug: string }[];
  /** The translated events and groups, each at the address of its English file's name (slug). */
  events: (SiteEvent & { slug: string })[];
  schedule: EventSchedule<SiteEvent>;
  workingGroups: (WorkingGroup & { slug: string })[];
  /** The English version of the page with the territory map, when there is one. */
  territoryPage: DistrictPage | undefined;
  /** What each member's English page lists: the English articles, events and groups naming it. */
  byMember: ReadonlyMap<
    string,
    { articles: ArticleWithLinks[]; events: SiteEvent[]; groups: WorkingGroup[] }
  >;
  /**
   * Each page's counterpart in the other language, both ways (`/membri/x/` ↔ `/en/members/x/`):
   * the hreflang alternates, the sitemap's and the header's language link.
   */
  counterparts: ReadonlyMap<string, string>;
}
