/** Links from one page to the members and groups it names, as LinkList shows them. */
import type { Language } from "../../i18n/languages.ts";
import { routes } from "../../routes.ts";
import { linkInLanguage } from "./alternates.ts";
import type { GroupEntry, MemberEntry, WorkingGroup } from "../data/site-types.ts";

export interface EntryLink {
  href: string;
  label: string;
  /** A word after the link, in parentheses: "coordina". */
  note?: string | undefined;
  /** The language of the page it leads to, where it differs from this page's. */
  hreflang?: string | undefined;
}

/** Links to members' pages, in the page's language (every member has an English page). */
export const memberLinks = (
  members: readonly MemberEntry[],
  addresses: Pick<typeof routes, "member"> = routes,
): EntryLink[] =>
  members.map((member) => ({ href: addresses.member(member.id), label: member.data.name }));

/**
 * Links to groups' pages from a page in `language`: to each group's version in that language,
 * else to the Italian one, marked (`counterparts`: the pairs of pages, english.ts).
 */
export const groupLinks = (
  groups: readonly GroupEntry[],
  language: Language,
  counterparts: ReadonlyMap<string, string>,
): EntryLink[] =>
  groups.map((group) => ({
    ...linkInLanguage(routes.group(group.id), language, counterparts),
    label: group.data.title,
  }));

/** A member's working groups, saying which it coordinates. */
export const memberGroupLinks = (
  groups: readonly WorkingGroup[],
  memberId: string,
  coordinates: string,
): EntryLink[] =>
  groups.map((group) => ({
    href: group.path,
    label: group.entry.data.title,
    note: group.coordinator.id === memberId ? coordinates : undefined,
  }));
