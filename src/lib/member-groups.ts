import { MEMBER_TYPES, PROVINCES, type MemberType, type Province } from "../schemas/members.ts";
import { appendTo } from "./multimap.ts";
import { toSlug } from "./slugs.ts";
import { compareItalian } from "./sorting.ts";

interface GroupableMember {
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
  const bySector = new Map<string, { members: T[]; spellings: Map<string, number> }>();
  for (const member of membersByName) {
    appendTo(byType, member.data.type, member);
    if (member.data.province) appendTo(byProvince, member.data.province, member);
    for (const sector of new Set(member.data.sectors)) {
      const key = toSlug(sector);
      const group = bySector.get(key) ?? {
        members: [] as T[],
        spellings: new Map<string, number>(),
      };
      bySector.set(key, group);
      if (!group.members.includes(member)) group.members.push(member);
      group.spellings.set(sector, (group.spellings.get(sector) ?? 0) + 1);
    }
  }
  const toGroups = (map: Map<string, T[]>) => [...map].map(([key, members]) => ({ key, members }));
  return {
    byType: toGroups(byType),
    byProvince: toGroups(byProvince),
    bySector: [...bySector]
      .map(([key, { members, spellings }]) => ({
        key,
        label: [...spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key,
        members,
      }))
      .sort((a, b) => compareItalian(a.label, b.label)),
    latestJoined: membersByName
      .filter((member) => member.data.joined)
      .sort((a, b) => (b.data.joined?.getTime() ?? 0) - (a.data.joined?.getTime() ?? 0)),
  };
}
