/**
 * The one gateway to the content: every collection is read, checked, filtered by the publishing
 * rule, sorted and indexed once per build, and every page takes what it needs from the result.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { getCollection, type CollectionEntry, type CollectionKey } from "astro:content";
import { contentFolder, registry } from "../../collections.ts";
import { JOIN_PAGE_ID, routes } from "../../routes.ts";
import { site } from "../../site.ts";
import { editorMessage } from "../../i18n/editor-messages.ts";
import { ContentIntegrityError, contentProblem, type ContentProblem } from "./content-errors.ts";
import { withPreviewContentErrors } from "./preview-content-errors.ts";
import { fileOf } from "./entry-file.ts";
import { eventsOf, workingGroup } from "../events/event-data.ts";
import { scheduleOf } from "../events/event-times.ts";
import { appendTo } from "./multimap.ts";
import { indexNews } from "../news/news-index.ts";
import { NEWS_POSITION_FIELD, parseNewsId } from "../news/news-paths.ts";
import { memberFilters } from "../members/member-filters.ts";
import { newsletterIssues } from "../newsletter/issue-data.ts";
import { groupMembers } from "../members/member-groups.ts";
import { isVisible, publicationStatus } from "./publishing.ts";
import { readingMinutesOfFile } from "../news/reading-time.ts";
import { hasOwnCard, ownCardsAfter } from "../social-cards/own-social-card.ts";
import { findMissingReferences, type EntryLinks } from "./references.ts";
import { englishData } from "./english.ts";
import { compareItalian, sortByOrderThenLabel, sortNewestFirst } from "./sorting.ts";
import type {
  Article,
  ArticleWithLinks,
  CommitteeEntry,
  DistrictPage,
  EventEntry,
  GroupEntry,
  MemberEntry,
  NewsEntry,
  NewsletterEntry,
  SiteData,
  SiteEvent,
  WorkingGroup,
} from "./site-types.ts";

const link = (
  entry: { id: string; filePath?: string | undefined },
  field: string,
  collection: EntryLinks["collection"],
  refs: readonly { id: string }[],
): EntryLinks => ({ file: fileOf(entry), field, collection, ids: refs.map((ref) => ref.id) });

/** Every reference between entries, for the build's own check that each one exists. */
function referencesOf(
  news: readonly NewsEntry[],
  committee: readonly CommitteeEntry[],
  events: readonly EventEntry[],
  groups: readonly GroupEntry[],
  newsletter: readonly NewsletterEntry[],
): EntryLinks[] {
  return [
    ...news.flatMap((entry) => [
      link(entry, "members", "members", entry.data.members),
      link(entry, "groups", "groups", entry.data.groups),
    ]),
    ...committee.map((entry) => link(entry, "member", "members", [entry.data.member])),
    ...events.flatMap((entry) => [
      link(entry, "organizers", "members", entry.data.organizers),
      link(entry, "groups", "groups", entry.data.groups),
    ]),
    ...groups.flatMap((entry) => [
      link(entry, "coordinator", "members", [entry.data.coordinator]),
      link(entry, "members", "members", entry.data.members),
    ]),
    ...newsletter.flatMap((entry) => [
      link(entry, "articles", "news", entry.data.articles),
      link(entry, "events", "events", entry.data.events),
    ]),
  ];
}

/**
 * A collection's entries. A collection without entries yet has no folder (Git keeps no empty
 * folder), and Astro's getCollection would warn on every page, in English, that it "does not
 * exist or is empty": nothing is wrong.
 */
async function entriesOf<Name extends CollectionKey>(name: Name): Promise<CollectionEntry<Name>[]> {
  return existsSync(path.join(contentFolder, registry[name].folder)) ? getCollection(name) : [];
}

async function loadSiteData(now: Date, preview: boolean): Promise<SiteData> {
  const [news, members, committee, district, pages, events, groups, newsletter] = await Promise.all(
    [
      entriesOf("news"),
      entriesOf("members"),
      entriesOf("committee"),
      entriesOf("district"),
      entriesOf("pages"),
      entriesOf("events"),
      entriesOf("groups"),
      entriesOf("newsletter"),
    ],
  );
  const [enDistrict, enCommittee, enMembers, enNews, enEvents, enGroups, enPages] =
    await Promise.all([
      entriesOf("enDistrict"),
      entriesOf("enCommittee"),
      entriesOf("enMembers"),
      entriesOf("enNews"),
      entriesOf("enEvents"),
      entriesOf("enGroups"),
      entriesOf("enPages"),
    ]);
  const translations = [enDistrict, enCommittee, enMembers, enNews, enEvents, enGroups, enPages];
  const membersById = new Map(members.map((member) => [member.id, member]));
  const groupsById = new Map(groups.map((group) => [group.id, group]));
  const idsOf = (entries: readonly { id: string }[]) => new Set(entries.map((entry) => entry.id));
  const problems: ContentProblem[] = findMissingReferences(
    [
      ...referencesOf(news, committee, events, groups, newsletter),
      ...translations
        .flat()
        .map((entry) =>
          link(entry, "translationOf", entry.data.translationOf.collection, [
            entry.data.translationOf,
          ]),
        ),
    ],
    {
      members: idsOf(members),
      groups: idsOf(groups),
      news: idsOf(news),
      events: idsOf(events),
      district: idsOf(district),
      committee: idsOf(committee),
      pages: idsOf(pages),
    },
  );
  const membersOf = (refs: readonly { id: string }[]) =>
    refs.flatMap((ref) => membersById.get(ref.id) ?? []);
  const groupsOf = (refs: readonly { id: string }[]) =>
    refs.flatMap((ref) => groupsById.get(ref.id) ?? []);

  const visibleNews: Article[] = [];
  for (const entry of news) {
    const status = publicationStatus(entry.data, now);
    if (!isVisible(status, preview)) continue;
    const address = parseNewsId(entry.id, entry.data.pubDate);
    if ("message" in address) {
      problems.push(
        contentProblem({ file: fileOf(entry), field: NEWS_POSITION_FIELD }, address.message),
      );
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
  const cardsAfter = ownCardsAfter(
    newestFirst.find((article) => article.status === "published")?.pubDate,
    site.ownSocialCardMonths,
  );
  // Each article object gains its links in place, so the index's lists carry them too.
  const articles = newestFirst.map((article) =>
    Object.assign(article, index.linksOf.get(article.id), {
      ownCard: hasOwnCard(
        { pubDate: article.pubDate, hasImage: !!article.entry.data.image },
        cardsAfter,
      ),
    }),
  ) as ArticleWithLinks[];
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

  const issues = newsletterIssues({
    entries: newsletter,
    articleStatus: new Map(
      news.map((entry) => [
        entry.id,
        { id: entry.id, status: publicationStatus(entry.data, now), pubDate: entry.data.pubDate },
      ]),
    ),
    eventStatus: new Map(
      events.map((entry) => [
        entry.id,
        { id: entry.id, status: publicationStatus(entry.data, now) },
      ]),
    ),
    shownArticles: new Map(articles.map((article) => [article.id, article])),
    shownEvents: new Map(siteEvents.map((event) => [event.id, event])),
    now,
    preview,
  });
  if (issues.problems.length > 0) throw new ContentIntegrityError(issues.problems);

  const committeeSeats = sortByOrderThenLabel(
    seats,
    (seat) => seat.entry.data.order,
    (seat) => seat.member.data.name,
  );
  const districtSorted = sortByOrderThenLabel(
    districtPages,
    (page) => page.entry.data.order,
    (page) => page.entry.data.title,
  );
  const pagesByTitle = [...pages].sort((a, b) => compareItalian(a.data.title, b.data.title));
  const english = englishData(
    {
      district: enDistrict,
      committee: enCommittee,
      members: enMembers,
      news: enNews,
      events: enEvents,
      groups: enGroups,
      pages: enPages,
    },
    {
      articles,
      members: membersByName,
      committee: committeeSeats,
      district: districtSorted,
      pages: pagesByTitle,
      events: siteEvents,
      workingGroups,
      memberGroups,
    },
    now,
  );

  return {
    articles,
    tags: index.tags.map(({ slug, label, items }) => ({ slug, label, items: linked(items) })),
    years: index.years.map((year) => ({ ...year, items: linked(year.items) })),
    members: membersByName,
    memberGroups,
    memberFilters: memberFilters(memberGroups),
    committee: committeeSeats,
    district: districtSorted,
    territoryPage: districtPages.find((page) => page.entry.id === site.territoryPageId),
    pages: pagesByTitle,
    articlesByMember,
    seatByMember: new Map(seats.map((seat) => [seat.member.id, seat])),
    events: siteEvents,
    schedule: scheduleOf(siteEvents, now),
    workingGroups,
    eventsByMember: new Map(
      [...eventsByMember].map(([id, organized]) => [id, scheduleOf(organized, now)]),
    ),
    groupsByMember,
    newsletter: issues.issues,
    english,
  };
}

let cached: Promise<SiteData> | undefined;

/** The site's content, loaded and checked on first use and shared by every page of the build. */
export function getSiteData(): Promise<SiteData> {
  // The preview reloads content as editors save, so it must not keep an old copy.
  if (import.meta.env.DEV) {
    return loadSiteData(new Date(), true).catch((error: unknown) => {
      throw withPreviewContentErrors(error);
    });
  }
  cached ??= loadSiteData(new Date(), false);
  return cached;
}

/** The district page shown at /aderisci/; the site cannot be built without it. */
export async function getJoinPage(): Promise<{ page: DistrictPage; allPages: DistrictPage[] }> {
  const { district } = await getSiteData();
  const page = district.find((candidate) => candidate.entry.id === JOIN_PAGE_ID);
  if (!page) {
    throw new ContentIntegrityError([
      contentProblem(
        { file: `content/district/${JOIN_PAGE_ID}.md`, field: "(file)" },
        editorMessage("JoinPageMissing"),
      ),
    ]);
  }
  return { page, allPages: district };
}
