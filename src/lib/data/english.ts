/**
 * The English part of the site, joined once per build to the Italian entries it translates. An
 * English entry carries only words; the original carries the rest, and its publishing rule rules
 * both: a draft or scheduled original keeps its translation unpublished. Each English item is
 * its original seen in English (the original's data with the English text and the English body),
 * so the Italian pages' components render it unchanged. No English copy is made of what nobody
 * translated, except members and committee seats: names, types and provinces need no translator,
 * so each has its English page, with the Italian text marked as such.
 */
import type { CollectionEntry } from "astro:content";
import { JOIN_PAGE_ID, enRoutes, routes } from "../../routes.ts";
import { fileOf } from "./entry-file.ts";
import { scheduleOf, type EventSchedule } from "../events/event-times.ts";
import { site } from "../../site.ts";
import { indexNews } from "../news/news-index.ts";
import { readingMinutesOfFile } from "../news/reading-time.ts";
import * as englishWords from "../../i18n/en.ts";
import { memberFilters, type MemberFilter } from "../members/member-filters.ts";
import type { MemberGroups } from "../members/member-groups.ts";
import type {
  ArticleWithLinks,
  CommitteeSeat,
  DistrictPage,
  MemberEntry,
  PageEntry,
  SiteEvent,
  WorkingGroup,
} from "./site-types.ts";

export interface EnglishEntries {
  district: CollectionEntry<"enDistrict">[];
  committee: CollectionEntry<"enCommittee">[];
  members: CollectionEntry<"enMembers">[];
  news: CollectionEntry<"enNews">[];
  events: CollectionEntry<"enEvents">[];
  groups: CollectionEntry<"enGroups">[];
  pages: CollectionEntry<"enPages">[];
}

/** What the Italian side has published, which the English side can only follow. */
export interface PublishedItalian {
  articles: readonly ArticleWithLinks[];
  members: readonly MemberEntry[];
  committee: readonly CommitteeSeat[];
  district: readonly DistrictPage[];
  pages: readonly PageEntry[];
  events: readonly SiteEvent[];
  workingGroups: readonly WorkingGroup[];
  memberGroups: MemberGroups<MemberEntry>;
}

/** A member or committee seat on an English page: in English where someone translated it. */
export interface EnglishMember {
  member: MemberEntry;
  translated: boolean;
}

export interface EnglishSeat extends CommitteeSeat {
  translated: boolean;
}

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
  events: SiteEvent[];
  schedule: EventSchedule<SiteEvent>;
  workingGroups: WorkingGroup[];
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

interface Rendered {
  filePath?: string | undefined;
  rendered?: unknown;
  deferredRender?: boolean | undefined;
  body?: string | undefined;
}

/**
 * The original seen in English: its id, collection and data, the English text over its text
 * fields, and the English file's body, which Astro's render() reads from these fields only.
 */
function inEnglish<Original extends { data: object }>(
  original: Original,
  english: Rendered,
  text: Partial<Original["data"]>,
): Original {
  return {
    ...original,
    filePath: english.filePath,
    rendered: english.rendered,
    deferredRender: english.deferredRender,
    body: english.body,
    data: { ...original.data, ...text },
  };
}

/** The English entries by the id of the Italian one they translate. */
const byOriginal = <Entry extends { data: { translationOf: { id: string } } }>(
  entries: readonly Entry[],
) => new Map(entries.map((entry) => [entry.data.translationOf.id, entry]));

/** An image's English description, else the Italian one (the content check asks for it). */
function imageIn<Image extends { alt: string }>(image: Image | undefined, alt: string | undefined) {
  return image && { ...image, alt: alt ?? image.alt };
}

export function englishData(
  entries: EnglishEntries,
  italian: PublishedItalian,
  now: Date,
): EnglishData {
  const counterparts = new Map<string, string>();
  const pair = (italianPath: string, englishPath: string) => {
    counterparts.set(italianPath, englishPath);
    counterparts.set(englishPath, italianPath);
  };
  // Sections that exist in English whatever is translated.
  pair(routes.home(), enRoutes.home());
  pair(routes.district(), enRoutes.district());
  pair(routes.committee(), enRoutes.committee());
  pair(routes.members(), enRoutes.members());
  pair(routes.join(), enRoutes.join());
  pair(routes.news(), enRoutes.news());
  pair(routes.events(), enRoutes.events());
  pair(routes.groups(), enRoutes.groups());
  pair(routes.search(), enRoutes.search());

  const memberTexts = byOriginal(entries.members);
  const members = italian.members.map((member) => {
    const english = memberTexts.get(member.id);
    pair(routes.member(member.id), enRoutes.member(member.id));
    return {
      member: english ? inEnglish(member, english, {}) : member,
      translated: !!english,
    };
  });

  const seatTexts = byOriginal(entries.committee);
  const committee = italian.committee.map((seat) => {
    const english = seatTexts.get(seat.entry.id);
    return {
      ...seat,
      entry: english ? inEnglish(seat.entry, english, { role: english.data.role }) : seat.entry,
      translated: !!english,
    };
  });

  const districtTexts = byOriginal(entries.district);
  const district: EnglishData["district"] = [];
  let joinPage: DistrictPage | undefined;
  for (const page of italian.district) {
    const english = districtTexts.get(page.entry.id);
    if (!english) continue;
    const { title, description } = english.data;
    const view = { ...page, entry: inEnglish(page.entry, english, { title, description }) };
    if (page.entry.id === JOIN_PAGE_ID) {
      joinPage = { ...view, path: enRoutes.join() };
    } else {
      const path = enRoutes.districtPage(english.id);
      district.push({ ...view, path, slug: english.id });
      pair(page.path, path);
    }
  }

  const pageTexts = byOriginal(entries.pages);
  const pages = italian.pages.flatMap((entry) => {
    const english = pageTexts.get(entry.id);
    if (!english) return [];
    const { title, description } = english.data;
    const path = enRoutes.page(english.id);
    pair(routes.page(entry.id), path);
    return [{ entry: inEnglish(entry, english, { title, description }), path, slug: english.id }];
  });

  const articleTexts = byOriginal(entries.news);
  const translated = italian.articles.flatMap((article) => {
    const english = articleTexts.get(article.id);
    if (!english) return [];
    const { title, description, imageAlt } = english.data;
    const image = imageIn(article.entry.data.image, imageAlt);
    const [year = "", slug = ""] = english.id.split("/");
    const path = enRoutes.article({ year, slug });
    pair(article.path, path);
    return [
      {
        ...article,
        entry: inEnglish(article.entry, english, { title, description, image }),
        // The English file's name, in the year folder of its original.
        year,
        slug,
        path,
        // Tag pages are Italian only: an English article links to none.
        rawTags: [],
        readingMinutes: readingMinutesOfFile(fileOf(english)),
      },
    ];
  });
  // Related articles and neighbours among the English ones, which a reader can open.
  const index = indexNews(translated);
  const articles = translated.map((article) =>
    Object.assign(article, index.linksOf.get(article.id)),
  ) as ArticleWithLinks[];

  const eventTexts = byOriginal(entries.events);
  const events = italian.events.flatMap((event) => {
    const english = eventTexts.get(event.id);
    if (!english) return [];
    const { title, description, imageAlt } = english.data;
    const image = imageIn(event.entry.data.image, imageAlt);
    // Listed in English; the event's own page is still the Italian one (no /en/events/<id>/ yet).
    return [{ ...event, entry: inEnglish(event.entry, english, { title, description, image }) }];
  });

  const groupTexts = byOriginal(entries.groups);
  const workingGroups = italian.workingGroups.flatMap((group) => {
    const english = groupTexts.get(group.id);
    if (!english) return [];
    const { title, description } = english.data;
    // As for events: listed in English, its own page still the Italian one.
    return [{ ...group, entry: inEnglish(group.entry, english, { title, description }) }];
  });

  const byMember = new Map(
    italian.members.map((member) => [
      member.id,
      {
        articles: articles.filter((article) => article.memberIds.includes(member.id)),
        events: events.filter((event) => event.organizers.some((one) => one.id === member.id)),
        groups: workingGroups.filter((group) =>
          group.participants.some((one) => one.id === member.id),
        ),
      },
    ]),
  );

  return {
    byMember,
    memberFilters: memberFilters(italian.memberGroups, englishWords),
    articles,
    members,
    membersById: new Map(members.map((item) => [item.member.id, item])),
    committee,
    district,
    joinPage,
    pages,
    events,
    schedule: scheduleOf(events, now),
    workingGroups,
    territoryPage: district.find((page) => page.entry.id === site.territoryPageId),
    counterparts,
  };
}
