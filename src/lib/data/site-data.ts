/**
 * The one gateway to the content: every collection is read once per build and assembled
 * (assemble-site-data.ts: checked, filtered by the publishing rule, sorted and indexed), and
 * every page takes what it needs from the result.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { getCollection, type CollectionEntry, type CollectionKey } from "astro:content";
import { contentFolder, registry } from "../../collections.ts";
import { assembleSiteData, joinPageOf } from "./assemble-site-data.ts";
import { ContentIntegrityError } from "./content-errors.ts";
import { englishData, type EnglishEntries } from "./english.ts";
import { findMissingReferences } from "./references.ts";
import { fileOf } from "./entry-file.ts";
import { lastChanges } from "./last-change.ts";
import { withPreviewContentErrors } from "./preview-content-errors.ts";
import { readingMinutesOfFile } from "../news/reading-time.ts";
import type { DistrictPage, EventEntry, SiteData } from "./site-types.ts";

/**
 * A collection's entries. A collection without entries yet has no folder (Git keeps no empty
 * folder), and Astro's getCollection would warn on every page, in English, that it "does not
 * exist or is empty": nothing is wrong.
 */
async function entriesOf<Name extends CollectionKey>(name: Name): Promise<CollectionEntry<Name>[]> {
  return existsSync(path.join(contentFolder, registry[name].folder)) ? getCollection(name) : [];
}

/** When each event's file last changed, from one look at the folder's history (last-change.ts). */
function eventChanges(events: readonly EventEntry[]): (entry: EventEntry) => Date | undefined {
  const first = events[0];
  if (!first) return () => undefined;
  const changeOf = lastChanges(path.dirname(path.resolve(fileOf(first))));
  return (entry) => changeOf(path.resolve(fileOf(entry)));
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
  const italian = assembleSiteData(
    { news, members, committee, district, pages, events, groups, newsletter },
    {
      now,
      preview,
      readingMinutesOf: (entry) => readingMinutesOfFile(fileOf(entry)),
      lastChangeOf: eventChanges(events),
    },
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
  const english: EnglishEntries = {
    district: enDistrict,
    committee: enCommittee,
    members: enMembers,
    news: enNews,
    events: enEvents,
    groups: enGroups,
    pages: enPages,
  };
  // Each English file names an Italian entry that exists, whether published or not.
  const idsOf = (entries: readonly { id: string }[]) => new Set(entries.map((entry) => entry.id));
  const problems = findMissingReferences(
    [enDistrict, enCommittee, enMembers, enNews, enEvents, enGroups, enPages]
      .flat()
      .map((entry) => ({
        file: fileOf(entry),
        field: "translationOf",
        collection: entry.data.translationOf.collection,
        ids: [entry.data.translationOf.id],
      })),
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
  if (problems.length > 0) throw new ContentIntegrityError(problems);
  return { ...italian, english: englishData(english, italian, now) };
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
  return { page: joinPageOf(district), allPages: district };
}
