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
import { scheduleOf } from "../events/event-times.ts";
import { site } from "../../site.ts";
import { indexNews } from "../news/news-index.ts";
import { readingMinutesOfFile } from "../news/reading-time.ts";
import * as englishWords from "../../i18n/en.ts";
import { memberFilters, memberListPages } from "../members/member-filters.ts";
import type { MemberGroups } from "../members/member-groups.ts";
import type {
  ArticleWithLinks,
  CommitteeSeat,
  DistrictPage,
  EnglishData,
  GroupEntry,
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

  // The groups' English words, so that an English article or event names a group in English.
  const groupTexts = byOriginal(entries.groups);
  const groupInEnglish = (group: GroupEntry) => {
    const english = groupTexts.get(group.id);
    if (!english) return group;
    const { title, description } = english.data;
    return inEnglish(group, english, { title, description });
  };

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
        groups: article.groups.map(groupInEnglish),
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
    const path = enRoutes.event(english.id);
    pair(event.path, path);
    return [
      {
        ...event,
        title,
        path,
        slug: english.id,
        entry: inEnglish(event.entry, english, { title, description, image }),
        groups: event.groups.map(groupInEnglish),
      },
    ];
  });

  const workingGroups = italian.workingGroups.flatMap((group) => {
    const english = groupTexts.get(group.id);
    if (!english) return [];
    const path = enRoutes.group(english.id);
    pair(group.path, path);
    // Its page in English lists what is in English: the translated events and articles.
    const ofGroup = (item: { groups: readonly { id: string }[] }) =>
      item.groups.some((one) => one.id === group.id);
    return [
      {
        ...group,
        path,
        slug: english.id,
        entry: groupInEnglish(group.entry),
        events: scheduleOf(events.filter(ofGroup), now),
        articles: articles.filter(ofGroup),
      },
    ];
  });

  // The members' lists by type, province and sector, each the English twin of an Italian one.
  const englishFilters = memberFilters(italian.memberGroups, englishWords, enRoutes);
  for (const page of memberListPages(englishFilters)) {
    pair(
      routes.memberFilter(page.filter, page.value),
      enRoutes.memberFilter(page.filter, page.value),
    );
  }

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
    memberFilters: englishFilters,
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
