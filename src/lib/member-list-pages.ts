import { memberTypeLabels, provinceNames, t } from "../i18n/it.ts";
import type { MemberType, Province } from "../schemas/members.ts";
import type { MemberGroups } from "./member-groups.ts";

export interface MemberListPage<T> {
  /** The address's two parts: `/membri/<filter>/<value>/`. */
  filter: "tipo" | "provincia" | "settore";
  value: string;
  title: string;
  members: T[];
}

/** One page per type, province and sector that has members: the filters without JavaScript. */
export function memberListPages<T>(groups: MemberGroups<T>): MemberListPage<T>[] {
  const pages: MemberListPage<T>[] = [
    ...groups.byType.map((group) => ({
      filter: "tipo" as const,
      value: group.key,
      title: t.membersOfType(memberTypeLabels[group.key as MemberType]),
      members: group.members,
    })),
    ...groups.byProvince.map((group) => ({
      filter: "provincia" as const,
      value: group.key,
      title: t.membersOfProvince(provinceNames[group.key as Province]),
      members: group.members,
    })),
    ...groups.bySector.map((group) => ({
      filter: "settore" as const,
      value: group.key,
      title: t.membersOfSector(group.label),
      members: group.members,
    })),
  ];
  return pages.filter((page) => page.members.length > 0);
}
