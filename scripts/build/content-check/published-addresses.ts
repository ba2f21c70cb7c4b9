import { readdirSync } from "node:fs";
import path from "node:path";
import { registry } from "../../../src/collections.ts";
import { enRoutes, routes } from "../../../src/routes.ts";
import { issueNumberOf, issueStatus } from "../../../src/lib/newsletter/issues.ts";
import type { PublicationStatus } from "../../../src/lib/data/publishing.ts";
import type { GroupableMember } from "../../../src/lib/members/member-groups.ts";
import { builtAddresses, type PublishedContent } from "../../../src/lib/site/built-addresses.ts";
import type { CheckContext, Entry } from "./context.ts";

export interface SiteAddress {
  /** The entry published there, when it comes from a content file. */
  entry?: Entry;
  status: PublicationStatus;
}

/** The public folder: its files are served at the site's root. */
function publicFiles(projectRoot: string): string[] {
  try {
    return readdirSync(path.join(projectRoot, "public"), { recursive: true, encoding: "utf8" }).map(
      (file) => "/" + file.split(path.sep).join("/"),
    );
  } catch {
    return [];
  }
}

/** The published entries of a collection, with their schema's output. */
function published(context: CheckContext, collection: Entry["collection"]) {
  return context.entries.filter(
    (entry) => entry.collection === collection && entry.status === "published",
  );
}

type MemberData = GroupableMember["data"];

/** What the site builds from this content, as the site itself lists it. */
export function publishedContent(context: CheckContext): PublishedContent {
  return {
    articles: published(context, "news").map(({ id, data }) => ({
      id,
      year: id.split("/")[0] ?? "",
      tags: (data as { tags: string[] }).tags,
    })),
    members: published(context, "members").map(({ id, data }) => ({
      id,
      data: data as MemberData,
    })),
    districtPageIds: published(context, "district").map(({ id }) => id),
    pageIds: published(context, "pages").map(({ id }) => id),
    eventIds: published(context, "events").map(({ id }) => id),
    groupIds: published(context, "groups").map(({ id }) => id),
    issueNumbers: publishedIssues(context),
    englishArticleCount: published(context, "enNews").length,
  };
}

/** The issues the build publishes: those published whose articles are all out (issues.ts). */
function publishedIssues(context: CheckContext): number[] {
  const articleDates = new Map(
    context.entries
      .filter((entry) => entry.collection === "news" && entry.data)
      .map((entry) => [entry.id, entry.data?.["pubDate"] as Date]),
  );
  return published(context, "newsletter").flatMap(({ id, data }) => {
    const number = issueNumberOf(id);
    const articles = (data?.["articles"] as { id: string }[] | undefined) ?? [];
    const dates = articles.flatMap((ref) => articleDates.get(ref.id) ?? []);
    return number !== undefined && issueStatus("published", dates, context.now) === "published"
      ? [number]
      : [];
  });
}

/** Where an entry is published: the join text's English version at the English join page. */
function addressOf(entry: Entry): string | undefined {
  const { original } = entry;
  if (original && registry[original.collection].address?.(original.id) === routes.join()) {
    return enRoutes.join();
  }
  return registry[entry.collection].address?.(entry.id);
}

/**
 * Every address the site will have after a build of this content, and what is there: the
 * entries' own pages (drafts and scheduled articles too, so a link to one can say why it
 * fails), then every other page and feed the build makes, then the files of public/.
 */
export function siteAddresses(context: CheckContext): Map<string, SiteAddress> {
  const addresses = new Map<string, SiteAddress>();
  for (const entry of context.entries) {
    const address = entry.data && addressOf(entry);
    if (address && !addresses.has(address)) {
      addresses.set(address, { entry, status: entry.status ?? "published" });
    }
  }
  for (const address of [
    ...builtAddresses(publishedContent(context)),
    ...publicFiles(context.projectRoot),
  ]) {
    if (!addresses.has(address)) addresses.set(address, { status: "published" });
  }
  return addresses;
}
