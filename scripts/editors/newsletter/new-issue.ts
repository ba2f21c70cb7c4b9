/**
 * `npm run newsletter`: writes the next issue of the newsletter as a draft, with every article
 * published since the last issue and the events of the coming weeks, and prints its path. With
 * nothing new, or while the newest issue is still a draft, it says so and writes nothing.
 * CONTENT_DIR chooses another content folder (tests do).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentFolder } from "../../../src/collections.ts";
import { plural } from "../../../src/i18n/plural.ts";
import { formatItalianDate, toIsoDay } from "../../../src/lib/text/dates.ts";
import { endOf } from "../../../src/lib/events/event-times.ts";
import { issueNumberOf } from "../../../src/lib/newsletter/issues.ts";
import {
  issueFileText,
  nextIssue,
  type IssueSummary,
} from "../../../src/lib/newsletter/next-issue.ts";
import type { EventTime } from "../../../src/schemas/dates.ts";
import type { Entry } from "../../build/content-check/context.ts";
import { loadContent } from "../../build/content-check/load.ts";

const projectRoot = path.resolve(import.meta.dirname, "../../..");
const shownRoot = contentFolder;
const contentRoot = path.resolve(shownRoot);
const now = new Date();

const { entries } = loadContent(projectRoot, contentRoot, shownRoot, now);
const valid = (collection: Entry["collection"]) =>
  entries.filter(
    (entry): entry is Entry & { data: Record<string, unknown> } =>
      entry.collection === collection && entry.data !== undefined,
  );
const ids = (value: unknown) => (value as { id: string }[]).map((ref) => ref.id);

const issues = valid("newsletter").flatMap((entry): IssueSummary[] => {
  const number = issueNumberOf(entry.id);
  if (number === undefined) return [];
  return [
    {
      number,
      pubDate: entry.data["pubDate"] as Date,
      status: entry.status ?? "draft",
      articleIds: ids(entry.data["articles"]),
      eventIds: ids(entry.data["events"]),
    },
  ];
});
const next = nextIssue({
  issues,
  articles: valid("news").map((entry) => ({
    id: entry.id,
    title: entry.data["title"] as string,
    pubDate: entry.data["pubDate"] as Date,
    status: entry.status ?? "draft",
  })),
  events: valid("events").map((entry) => {
    const start = entry.data["start"] as EventTime;
    const end = entry.data["end"] as EventTime | undefined;
    const title = entry.data["title"] as string;
    return {
      id: entry.id,
      title,
      start: start.date,
      over: endOf({ start, end, title }),
      status: entry.status ?? "draft",
      cancelled: entry.data["cancelled"] === true,
    };
  }),
  now,
});

const folder = path.join(shownRoot, "newsletter");
if (next.kind === "draft-pending") {
  console.log(
    `Il numero ${next.number} (${path.join(folder, `${next.number}.md`)}) è ancora una bozza: completalo e pubblicalo (togli draft: true) prima di prepararne un altro. Nessun file scritto.`,
  );
} else if (next.kind === "nothing-new") {
  console.log(
    `Nessuna notizia pubblicata né evento in programma da presentare dal ${formatItalianDate(next.since)}: nessun numero scritto.`,
  );
} else {
  const file = path.join(folder, `${next.number}.md`);
  if (existsSync(file) || existsSync(file.replace(/\.md$/, ".mdx"))) {
    console.error(`Errore: il file ${file} esiste già e non viene sovrascritto.`);
    process.exit(1);
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, issueFileText(next, toIsoDay(now), now), { flag: "wx" });
  console.log(file);
  console.log(
    `Scritto il numero ${next.number} come bozza: ${plural(next.articles.length, "notizia", "notizie")}, ${plural(next.events.length, "evento", "eventi")}. Controlla oggetto, anteprima e introduzione, poi togli draft: true per pubblicarlo.`,
  );
}
