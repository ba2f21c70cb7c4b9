/** Links from one page to the members and groups it names, as LinkList shows them. */
import { routes } from "../../routes.ts";
import type { GroupEntry, MemberEntry, WorkingGroup } from "../data/site-types.ts";

export interface EntryLink {
  href: string;
  label: string;
  /** A word after the link, in parentheses: "coordina". */
  note?: string | undefined;
}

export const memberLinks = (members: readonly MemberEntry[]): EntryLink[] =>
  members.map((member) => ({ href: routes.member(member.id), label: member.data.name }));

export const groupLinks = (groups: readonly GroupEntry[]): EntryLink[] =>
  groups.map((group) => ({ href: routes.group(group.id), label: group.data.title }));

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
