/**
 * What the next issue of the newsletter presents, as `npm run newsletter` proposes it: what was
 * published since the last issue and the events of the coming weeks, nothing presented before.
 */
import type { PublicationStatus } from "../data/publishing.ts";

/** Days of articles the first issue looks back on. */
export const FIRST_ISSUE_DAYS = 30;
/** How far ahead an issue announces events. */
export const EVENT_WEEKS = 6;

const DAY = 24 * 60 * 60 * 1000;

export interface IssueSummary {
  number: number;
  pubDate: Date;
  status: PublicationStatus;
  articleIds: readonly string[];
  eventIds: readonly string[];
}

export interface ArticleCandidate {
  id: string;
  title: string;
  pubDate: Date;
  status: PublicationStatus;
}

export interface EventCandidate {
  id: string;
  title: string;
  start: Date;
  /** When it is over: its end, or the end of its last day. */
  over: Date;
  status: PublicationStatus;
  cancelled: boolean;
}

export type NextIssue =
  /** The newest issue is still a draft: it is the one to complete, not a second one. */
  | { kind: "draft-pending"; number: number }
  | { kind: "nothing-new"; since: Date }
  | { kind: "issue"; number: number; articles: ArticleCandidate[]; events: EventCandidate[] };

export function nextIssue({
  issues,
  articles,
  events,
  now,
}: {
  issues: readonly IssueSummary[];
  articles: readonly ArticleCandidate[];
  events: readonly EventCandidate[];
  now: Date;
}): NextIssue {
  const latest = issues.reduce<IssueSummary | undefined>(
    (newest, issue) => (newest && newest.number > issue.number ? newest : issue),
    undefined,
  );
  if (latest?.status === "draft") return { kind: "draft-pending", number: latest.number };
  const since = latest?.pubDate ?? new Date(now.getTime() - FIRST_ISSUE_DAYS * DAY);
  const presented = new Set(issues.flatMap((issue) => [...issue.articleIds, ...issue.eventIds]));
  const horizon = new Date(now.getTime() + EVENT_WEEKS * 7 * DAY);
  const newArticles = articles
    .filter((article) => article.status === "published" && article.pubDate > since)
    .filter((article) => !presented.has(article.id))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  const comingEvents = events
    .filter((event) => event.status !== "draft" && !event.cancelled)
    .filter((event) => event.over > now && event.start <= horizon && !presented.has(event.id))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  if (newArticles.length === 0 && comingEvents.length === 0) return { kind: "nothing-new", since };
  return {
    kind: "issue",
    number: (latest?.number ?? 0) + 1,
    articles: newArticles,
    events: comingEvents,
  };
}

const monthAndYear = new Intl.DateTimeFormat("it-IT", {
  timeZone: "Europe/Rome",
  month: "long",
  year: "numeric",
});

/** A preheader longer than this is cut by most mail clients' previews. */
const PREHEADER_LENGTH = 110;

/** "Prima notizia; Seconda notizia; Assemblea…": what the issue holds, within a preview's length. */
function preheaderOf(titles: readonly string[]): string {
  let text = "In questo numero: ";
  for (const [index, title] of titles.entries()) {
    const next = `${text}${index > 0 ? "; " : ""}${title}`;
    if (next.length > PREHEADER_LENGTH && index > 0) return `${text}…`;
    text = next;
  }
  return `${text}.`;
}

const QUOTE = JSON.stringify;

/** The new issue's file, a draft with a subject and preheader for the secretariat to edit. */
export function issueFileText(
  issue: Extract<NextIssue, { kind: "issue" }>,
  today: string,
  now: Date,
): string {
  const list = (ids: readonly string[]) =>
    ids.length === 0 ? " []" : ids.map((id) => `\n  - ${id}`).join("");
  const titles = [...issue.articles, ...issue.events].map((item) => item.title);
  return [
    "---",
    `subject: ${QUOTE(`Notiziario del distretto n. ${issue.number}, ${monthAndYear.format(now)}`)}`,
    `preheader: ${QUOTE(preheaderOf(titles))}`,
    `pubDate: ${today} # il giorno dell'invio`,
    `articles:${list(issue.articles.map((article) => article.id))}`,
    `events:${list(issue.events.map((event) => event.id))}`,
    "draft: true",
    "---",
    "",
    "Le notizie e gli appuntamenti del distretto milanese dell'auto dall'ultimo numero.",
    "",
  ].join("\n");
}
