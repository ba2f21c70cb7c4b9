/**
 * Every page and feed a build makes from a given content, in terms of the routes module. The
 * content check accepts a link only to one of these; a test builds the fixture site and proves
 * the list is exactly what `dist/` holds.
 */
import { OPEN_DATA_FORMATS, OPEN_DATASET_IDS, enRoutes, routes } from "../../routes.ts";
import { site } from "../../site.ts";
import { groupMembers, type GroupableMember } from "../members/member-groups.ts";
import { memberFilters, memberListPages } from "../members/member-filters.ts";
import { groupByTag } from "../news/tags.ts";

/** The published content, as plain values the check and the site both have. */
export interface PublishedContent {
  articles: readonly { id: string; year: string; tags: readonly string[] }[];
  members: readonly GroupableMember[];
  districtPageIds: readonly string[];
  pageIds: readonly string[];
  eventIds: readonly string[];
  groupIds: readonly string[];
  /** The newsletter's published issues. */
  issueNumbers: readonly number[];
  /** How many English articles are published (their own pages come from their entries). */
  englishArticleCount: number;
}

/** The members' lists by type, province and sector that have members. */
const memberLists = (content: PublishedContent) =>
  memberListPages(memberFilters(groupMembers(content.members)));

/** Numbered pages of a list: `1 … last`, at least the first. */
const pageNumbers = (count: number) =>
  Array.from({ length: Math.max(1, Math.ceil(count / site.newsPerPage)) }, (_, index) => index + 1);

/**
 * The addresses of the pages and feeds the site builds itself, without public/ files, by kind:
 * each kind is named after the routes function that makes its addresses, so a test can visit
 * one page of every kind.
 */
export function addressesByKind(
  content: PublishedContent,
): Partial<Record<keyof typeof routes, string[]>> {
  const { articles, members } = content;
  const years = new Set(articles.map((article) => article.year));
  const tags = groupByTag(articles, (article) => article.tags);
  return {
    home: [routes.home()],
    district: [routes.district()],
    districtPage: content.districtPageIds.map(routes.districtPage),
    join: [routes.join()],
    committee: [routes.committee()],
    members: [routes.members()],
    member: members.map((member) => routes.member(member.id)),
    memberFilter: memberLists(content).map((list) => routes.memberFilter(list.filter, list.value)),
    news: pageNumbers(articles.length).map((page) => routes.news(page)),
    article: articles.map((article) => routes.articleById(article.id)),
    tags: [routes.tags()],
    tag: tags.flatMap((tag) =>
      pageNumbers(tag.items.length).map((page) => routes.tag(tag.slug, page)),
    ),
    tagFeed: tags.map((tag) => routes.tagFeed(tag.slug)),
    archive: [routes.archive()],
    archiveYear: [...years].map(routes.archiveYear),
    events: [routes.events()],
    event: content.eventIds.map(routes.event),
    eventCalendar: content.eventIds.map(routes.eventCalendar),
    calendar: [routes.calendar()],
    subscribed: [routes.subscribed()],
    groups: [routes.groups()],
    group: content.groupIds.map(routes.group),
    newsletter: [routes.newsletter()],
    newsletterIssue: content.issueNumbers.map(routes.newsletterIssue),
    newsletterEmail: content.issueNumbers.map(routes.newsletterEmail),
    newsletterText: content.issueNumbers.map(routes.newsletterText),
    newsletterFeed: [routes.newsletterFeed()],
    page: content.pageIds.map(routes.page),
    search: [routes.search()],
    feed: [routes.feed()],
    jsonFeed: [routes.jsonFeed()],
    openData: [routes.openData()],
    openDataFile: OPEN_DATASET_IDS.flatMap((id) =>
      OPEN_DATA_FORMATS[id].map((format) => routes.openDataFile(id, format)),
    ),
    dataCatalogue: [routes.dataCatalogue()],
    sitemap: [routes.sitemap()],
    robots: [routes.robots()],
    notFound: [routes.notFound()],
    socialCard: [routes.socialCard()],
    admin: [routes.admin()],
  };
}

/**
 * The English pages every build makes whatever was translated: the sections, and a page for
 * every member (shown with its Italian description until one is translated). The translated
 * entries' own pages come from the registry's English addresses.
 */
export function englishAddresses(content: PublishedContent): string[] {
  return [
    enRoutes.home(),
    enRoutes.district(),
    enRoutes.join(),
    enRoutes.committee(),
    enRoutes.members(),
    ...content.members.map((member) => enRoutes.member(member.id)),
    ...memberLists(content).map((list) => enRoutes.memberFilter(list.filter, list.value)),
    ...pageNumbers(content.englishArticleCount).map((page) => enRoutes.news(page)),
    enRoutes.events(),
    enRoutes.groups(),
    enRoutes.search(),
    enRoutes.feed(),
    enRoutes.notFound(),
  ];
}

/** The addresses of the pages and feeds the site builds itself, without public/ files. */
export function builtAddresses(content: PublishedContent): string[] {
  return [
    ...new Set([...Object.values(addressesByKind(content)).flat(), ...englishAddresses(content)]),
  ];
}
