import * as italian from "../../i18n/it.ts";
import type { MemberType, Province } from "../../schemas/members.ts";
import { routes, type MemberFilterName } from "../../routes.ts";
import type { MemberGroups } from "./member-groups.ts";

/** A group as readers see it: its name and the address of its list. */
export interface LabelledGroup<T> {
  key: string;
  label: string;
  /** The address of its list. */
  href: string;
  members: T[];
}

/** One way to narrow the members list, with every group labelled for readers. */
export interface MemberFilter<T> {
  /** The first part of its lists' addresses, and its field name in the instant filter. */
  name: MemberFilterName;
  /** The heading above its links: "Per tipo". */
  heading: string;
  /** The label of its drop-down in the instant filter: "Tipo". */
  label: string;
  /** In the order readers see them; types and provinces include those without members. */
  groups: LabelledGroup<T>[];
  /** The title of one group's list page: "Membri in provincia di Brescia". */
  pageTitle: (label: string) => string;
}

/**
 * The members' groups labelled once for every place that shows them: the filter links, the
 * instant filter, the home page figures and the list pages.
 */
export function memberFilters<T>(
  groups: MemberGroups<T>,
  { t, memberTypeLabels, provinceNames }: italian.Words = italian,
  addresses: Pick<typeof routes, "memberFilter"> = routes,
): MemberFilter<T>[] {
  const labelled =
    <G extends { key: string; members: T[] }>(
      name: MemberFilterName,
      label: (group: G) => string,
    ) =>
    (group: G): LabelledGroup<T> => ({
      key: group.key,
      label: label(group),
      href: addresses.memberFilter(name, group.key),
      members: group.members,
    });
  return [
    {
      name: "tipo",
      heading: t.membersByType,
      label: t.type,
      pageTitle: t.membersOfType,
      groups: groups.byType.map(labelled("tipo", ({ key }) => memberTypeLabels[key as MemberType])),
    },
    {
      name: "provincia",
      heading: t.membersByProvince,
      label: t.province,
      pageTitle: t.membersOfProvince,
      groups: groups.byProvince.map(
        labelled("provincia", ({ key }) => provinceNames[key as Province]),
      ),
    },
    {
      name: "settore",
      heading: t.membersBySector,
      label: t.sectors,
      pageTitle: t.membersOfSector,
      groups: groups.bySector.map(labelled("settore", ({ label }) => label)),
    },
  ];
}

export interface MemberListPage<T> {
  /** The address's two parts, for routes.memberFilter. */
  filter: MemberFilterName;
  value: string;
  title: string;
  members: T[];
}

/** One page per type, province and sector that has members: the filters without JavaScript. */
export function memberListPages<T>(filters: readonly MemberFilter<T>[]): MemberListPage<T>[] {
  return filters.flatMap((filter) =>
    filter.groups
      .filter((group) => group.members.length > 0)
      .map((group) => ({
        filter: filter.name,
        value: group.key,
        title: filter.pageTitle(group.label),
        members: group.members,
      })),
  );
}
