/**
 * Reads the log of `astro build` and of the build's last step (scripts/build/finish-build.ts), with the
 * moment each line arrived, and tells where the time went: the build's phases, and the rendering
 * time of each kind of page.
 */
import type { TimedLine } from "./measure-process.ts";

export interface BuildProfile {
  /** Seconds of each phase, in build order. */
  phases: Record<string, number>;
  /** Sum of the rendering times Astro logs per route, by kind of route (seconds). */
  routes: Record<string, { count: number; seconds: number }>;
  /** What Astro says it built ("N page(s) built"). */
  pagesBuilt: number | undefined;
  /** What the build's last step logged: the social cards, then the search index. */
  pagefindSeconds: number | undefined;
  pagefindPages: number | undefined;
  socialCardsSeconds: number | undefined;
  /** Cards written: drawn, and taken from the cache. */
  socialCardsDrawn: number | undefined;
  socialCardsFromCache: number | undefined;
}

/** The kind of a built route, from its address. */
export function routeKind(route: string): string {
  if (/^\/notizie\/\d{4}\/[^/]+\/index\.html$/.test(route)) return "article";
  if (/^\/notizie\/tag\/[^/]+\/rss\.xml$/.test(route)) return "tag feed";
  if (/^\/notizie\/tag\/[^/]+\/(\d+\/)?index\.html$/.test(route)) return "tag page";
  if (route.startsWith("/notizie/archivio/")) return "archive";
  if (/^\/notizie\/(\d+\/)?index\.html$/.test(route)) return "news list";
  if (route === "/rss.xml") return "main feed";
  if (/^\/membri\/[^/]+\/index\.html$/.test(route) && route !== "/membri/index.html")
    return "member";
  if (route.startsWith("/membri/")) return "member lists";
  if (route === "/eventi.ics") return "calendar";
  if (/^\/eventi\/[^/]+\.ics$/.test(route)) return "event calendar file";
  if (/^\/eventi\/[^/]+\/index\.html$/.test(route)) return "event";
  if (/^\/gruppi\/[^/]+\/index\.html$/.test(route)) return "working group";
  return "other";
}

const ROUTE_LINE = /^\S*\s+[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

export function profileBuild(lines: readonly TimedLine[], totalSeconds: number): BuildProfile {
  // Search by position, not time: several lines can arrive in the same instant.
  const indexOf = (pattern: RegExp, after = -1) =>
    lines.findIndex((line, index) => index > after && pattern.test(line.text));
  const timeOf = (index: number) => (index < 0 ? undefined : lines[index]?.at);
  const firstAt = (pattern: RegExp) => timeOf(indexOf(pattern));
  const COMPLETED = /^\S*\s*✓ Completed in/;
  const synced = firstAt(/\[content\] Synced content/);
  const entrypoints = firstAt(/Building static entrypoints/);
  const routesIndex = indexOf(/generating static routes/);
  const routesStart = timeOf(routesIndex);
  const routesEnd = routesIndex < 0 ? undefined : timeOf(indexOf(COMPLETED, routesIndex));
  const imagesIndex = indexOf(/generating optimized images/);
  const imagesEnd = imagesIndex < 0 ? undefined : timeOf(indexOf(COMPLETED, imagesIndex));
  const sitemap = firstAt(/\[@astrojs\/sitemap\]/);
  const builtLine = lines.find((line) => /\d+ page\(s\) built in/.test(line.text));
  const cardsIndex = indexOf(/\[social-cards\] /);
  const searchIndex = indexOf(/\[search-index\] /);
  const searchLine = lines[searchIndex];
  const cardsLine = lines[cardsIndex];

  // Each phase runs from the previous mark to its own; a missing mark merges into the next.
  const marks: [string, number | undefined][] = [
    ["startup and content sync", synced],
    ["types and build info", entrypoints],
    ["bundling (Vite)", routesStart],
    ["rendering pages", routesEnd],
    ["optimizing images", imagesEnd],
    ["sitemap", sitemap],
    ["social cards", timeOf(cardsIndex)],
    ["search index", timeOf(searchIndex)],
    ["finishing", totalSeconds],
  ];
  const phases: Record<string, number> = {};
  let previous = 0;
  for (const [name, at] of marks) {
    if (at === undefined) continue;
    phases[name] = Math.max(0, at - previous);
    previous = at;
  }

  const routes: BuildProfile["routes"] = {};
  for (const { text } of lines) {
    const match = ROUTE_LINE.exec(text);
    if (!match) continue;
    const [, route = "", amount = "0", unit] = match;
    const seconds = Number(amount) / (unit === "ms" ? 1000 : 1);
    const kind = routeKind(route);
    const entry = (routes[kind] ??= { count: 0, seconds: 0 });
    entry.count++;
    entry.seconds += seconds;
  }

  // "indice di ricerca scritto in 35.6 s: 5313 pagine su 7036" (pages indexed, pages read).
  const search = /scritto in ([\d.]+) s\D+(\d+) pagine/.exec(searchLine?.text ?? "");
  // "schede social scritte in 2.1 s: 98 disegnate, 0 dalla cache".
  const cards = /scritte in ([\d.]+) s\D+(\d+) disegnate\D+(\d+) dalla cache/.exec(
    cardsLine?.text ?? "",
  );
  const built = /(\d+) page\(s\) built/.exec(builtLine?.text ?? "");
  return {
    phases,
    routes,
    pagesBuilt: built ? Number(built[1]) : undefined,
    pagefindSeconds: search ? Number(search[1]) : undefined,
    pagefindPages: search ? Number(search[2]) : undefined,
    socialCardsSeconds: cards ? Number(cards[1]) : undefined,
    socialCardsDrawn: cards ? Number(cards[2]) : undefined,
    socialCardsFromCache: cards ? Number(cards[3]) : undefined,
  };
}
