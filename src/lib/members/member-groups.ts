import { MEMBER_TYPES, PROVINCES, type MemberType, type Province } from "../../schemas/members.ts";
import { appendTo } from "../data/multimap.ts";
import { groupByTag } from "../news/tags.ts";

/** What grouping needs of a member: the site passes entries, the content check parsed files. */
export interface GroupableMember {
  id: string;
  data: {
    name: string;
    type: MemberType;
    province?: Province | undefined;
    sectors: readonly string[];
    joined?: Date | undefined;
  };
}

export interface MemberGroup<T> {
  /** The value in the group's address: `universita`, `BS`, `veicoli-elettrici`. */
  key: string;
  members: T[];
}

export interface SectorGroup<T> extends MemberGroup<T> {
  /** The sector as editors write it most often. */
  label: string;
}

export interface MemberGroups<T> {
  /** Every type, in the schema's order, with its members (possibly none). */
  byType: MemberGroup<T>[];
  /** Every province of the district, in the schema's order, with its members (possibly none). */
  byProvince: MemberGroup<T>[];
  /** Members whose province is not written: without them the provinces' counts fall short. */
  withoutProvince: T[];
  /** Sectors that some member works in, by name. */
  bySector: SectorGroup<T>[];
  /** Members with a `joined` date, the most recent first. */
  latestJoined: T[];
}

/** Every grouping the members pages, the territory map and the home page figures need. */
export function groupMembers<T extends GroupableMember>(
  membersByName: readonly T[],
): MemberGroups<T> {
  const byType = new Map<string, T[]>(MEMBER_TYPES.map((type) => [type, []]));
  const byProvince = new Map<string, T[]>(PROVINCES.map((code) => [code, []]));
  for (const member of membersByName) {
    appendTo(byType, member.data.type, member);
    if (member.data.province) appendTo(byProvince, member.data.province, member);
  }
  const toGroups = (map: Map<string, T[]>) => [...map].map(([key, members]) => ({ key, members }));
  return {
    byType: toGroups(byType),
    byProvince: toGroups(byProvince),
    withoutProvince: membersByName.filter((member) => !member.data.province),
    bySector: groupByTag(membersByName, (member) => member.data.sectors).map((group) => ({
      key: group.slug,
      label: group.label,
      members: group.items,
    })),
    latestJoined: membersByName
      .filter((member) => member.data.joined)
      .sort((a, b) => (b.data.joined?.getTime() ?? 0) - (a.data.joined?.getTime() ?? 0)),
  };
}
