/**
 * Every page and feed a build makes from a given content, in terms of the routes module. The
 * content check accepts a link only to one of these; a test builds the fixture site and proves
 * the list is exactly what `dist/` holds.
 */
import { routes } from "../routes.ts";
import type { MemberType, Province } from "../schemas/members.ts";
import { site } from "../site.ts";
import { groupMembers } from "./member-groups.ts";
import { memberFilters, memberListPages } from "./member-filters.ts";
import { groupByTag } from "./tags.ts";

/** The published content, as plain values the check and the site both have. */
export interface PublishedContent {
  articles: readonly { id: string; year: string; tags: readonly string[] }[];
  members: readonly {
    id: string;
    data: {
      name: string;
      type: MemberType;
      province?: Province | undefined;
      sectors: readonly string[];
    };
  }[];
  districtPageIds: readonly string[];
  pageIds: readonly string[];
  eventIds: readonly string[];
  groupIds: readonly string[];
}

/** Numbered pages of a list: `1 … last`, at least the first. */
const pageNumbers = (count: number) =>
  Array.from({ length: Math.max(1, Math.ceil(count / site.newsPerPage)) }, (_, index) => index + 1);

/** The addresses of the pages and feeds the site builds itself, without public/ files. */
export function builtAddresses(content: PublishedContent): string[] {
  const { articles, members } = content;
  const years = new Set(articles.map((article) => article.year));
  const tags = groupByTag(articles, (article) => article.tags);
  const memberLists = memberListPages(memberFilters(groupMembers(members)));
  const addresses = [
    routes.home(),
    routes.district(),
    ...content.districtPageIds.map(routes.districtPage),
    routes.join(),
    routes.committee(),
    routes.members(),
    ...members.map((member) => routes.member(member.id)),
    ...memberLists.map((list) => routes.memberFilter(list.filter, list.value)),
    ...pageNumbers(articles.length).map((page) => routes.news(page)),
    ...articles.map((article) => routes.articleById(article.id)),
    routes.tags(),
    ...tags.flatMap((tag) => [
      ...pageNumbers(tag.items.length).map((page) => routes.tag(tag.slug, page)),
      routes.tagFeed(tag.slug),
    ]),
    routes.archive(),
    ...[...years].map(routes.archiveYear),
    routes.events(),
    ...content.eventIds.flatMap((id) => [routes.event(id), routes.eventCalendar(id)]),
    routes.calendar(),
    routes.groups(),
    ...content.groupIds.map(routes.group),
    ...content.pageIds.map(routes.page),
    routes.search(),
    routes.feed(),
    routes.sitemap(),
    routes.robots(),
    routes.notFound(),
    routes.socialCard(),
  ];
  return [...new Set(addresses)];
}
