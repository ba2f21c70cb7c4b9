/**
 * A content folder as the site reads it: the content check's loader parses and validates every
 * file with the site's own schemas and applies the one publishing rule, so the general tests
 * compare a built site with its content without parsing anything by hand.
 */
import { loadContent } from "../../scripts/build/content-check/load.ts";
import type { CollectionName } from "../../src/collections.ts";
import type { CommitteeData } from "../../src/schemas/committee.ts";
import type { DistrictData } from "../../src/schemas/district.ts";
import type { EventData } from "../../src/schemas/events.ts";
import type { GroupData } from "../../src/schemas/groups.ts";
import type { MemberData } from "../../src/schemas/members.ts";
import type { NewsData } from "../../src/schemas/news.ts";
import { projectRoot } from "./build-site";

/** A published entry: its id and its schema's output (images are their paths as written). */
export interface Published<Data> {
  id: string;
  data: Data;
}

export interface PublishedContent {
  members: Published<Omit<MemberData, "logo">>[];
  committee: Published<CommitteeData>[];
  news: Published<Omit<NewsData, "image">>[];
  district: Published<DistrictData>[];
  events: Published<Omit<EventData, "image">>[];
  groups: Published<GroupData>[];
}

/** The published entries of a content folder; throws if a file is invalid (the build would fail). */
export function readContent(contentRoot: string, now = new Date()): PublishedContent {
  const { entries } = loadContent(projectRoot, contentRoot, contentRoot, now);
  const invalid = entries.filter((entry) => !entry.data).map((entry) => entry.file);
  if (invalid.length > 0) throw new Error(`Invalid content files: ${invalid.join(", ")}`);
  const published = <Data>(collection: CollectionName): Published<Data>[] =>
    entries
      .filter((entry) => entry.collection === collection && entry.status === "published")
      .map((entry) => ({ id: entry.id, data: entry.data as Data }));
  return {
    members: published("members"),
    committee: published("committee"),
    news: published("news"),
    district: published("district"),
    events: published("events"),
    groups: published("groups"),
  };
}
