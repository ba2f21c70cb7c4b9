/** bench/results.md: the benchmark's figures as Markdown tables, to compare release to release. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import {
  TARGETS,
  type BenchResults,
  type BuildRun,
  type SizeResult,
  type StarterRun,
} from "./results.ts";
import { THROTTLING, median, type SearchSpeed } from "./search-speed.ts";

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const s = (seconds: number | undefined) => (seconds === undefined ? "–" : seconds.toFixed(1));
const int = (value: number) => value.toLocaleString("en-US");
const row = (cells: readonly (string | number)[]) => `| ${cells.join(" | ")} |`;
const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");

interface Run {
  label: string;
  size: SizeResult;
  run: BuildRun;
  /** The starter's build of the same kind, just after this one. */
  starter: StarterRun | undefined;
}

function runs(sizes: readonly SizeResult[]): Run[] {
  return sizes.flatMap((size) => [
    { label: `${int(size.articles)} cold`, size, run: size.cold, starter: size.starter?.cold },
    {
      label: `${int(size.articles)} cached`,
      size,
      run: size.cached,
      starter: size.starter?.cached,
    },
  ]);
}

/** The district's `npm run build` over the starter's `astro build` of the same articles. */
const ratio = (run: BuildRun, starter: StarterRun) => run.totalSeconds / starter.seconds;
const megabytes = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(0));

function buildTable(sizes: readonly SizeResult[]): string {
  const all = runs(sizes);
  const line = (name: string, value: (entry: (typeof all)[number]) => string) => [
    name,
    ...all.map(value),
  ];
  return table(
    ["", ...all.map((entry) => `N = ${entry.label}`)],
    [
      line("articles / members", ({ size }) => `${int(size.articles)} / ${size.members}`),
      line("with hero image / MDX", ({ size }) => `${size.withImage} / ${size.mdx}`),
      line("events published / working groups", ({ size }) => `${size.events} / ${size.groups}`),
      line("social cards drawn / from the cache", ({ run }) =>
        run.profile.socialCardsDrawn === undefined
          ? "–"
          : `${int(run.profile.socialCardsDrawn)} / ${int(run.profile.socialCardsFromCache ?? 0)}`,
      ),
      line("content check (s)", ({ size }) => s(size.contentCheck.seconds)),
      line("`astro build` + search index (s)", ({ run }) => s(run.seconds)),
      line("check + build, as `npm run build` (s)", ({ run }) => s(run.totalSeconds)),
      line("HTML pages", ({ run }) => int(run.htmlPages)),
      line("pages per second", ({ run }) => run.pagesPerSecond.toFixed(0)),
      line("build seconds per 1,000 articles", ({ run }) => s(run.secondsPer1000Articles)),
      line("peak memory, whole process tree (MB)", ({ run }) => run.peakTreeMb.toFixed(0)),
      line("peak memory, largest process (MB)", ({ run }) =>
        run.maxProcessMb === undefined ? "–" : run.maxProcessMb.toFixed(0),
      ),
      line("CPU cores used on average", ({ run }) =>
        run.cpuCores === undefined ? "–" : run.cpuCores.toFixed(2),
      ),
      line("CPU time, user + system (s)", ({ run }) => s(run.cpuSeconds)),
      line("CPU time of every process, sampled (s)", ({ run }) => s(run.treeCpuSeconds)),
      line(
        "load average before → after",
        ({ run }) => `${run.load[0].toFixed(1)} → ${run.load[1].toFixed(1)}`,
      ),
      line("blog starter: posts, the district's articles", ({ size }) =>
        size.starter ? int(size.starter.posts) : "–",
      ),
      line("blog starter, same articles: `astro build` (s)", ({ starter }) => s(starter?.seconds)),
      line("ratio: `npm run build` / starter", ({ run, starter }) =>
        starter ? `${ratio(run, starter).toFixed(2)}×` : "–",
      ),
      line("starter: peak memory, largest process (MB)", ({ starter }) =>
        megabytes(starter?.maxProcessMb),
      ),
      line("starter: load average before → after", ({ starter }) =>
        starter ? `${starter.load[0].toFixed(1)} → ${starter.load[1].toFixed(1)}` : "–",
      ),
      line("Pagefind indexing (s)", ({ run }) => s(run.profile.pagefindSeconds)),
      line("social cards written (s)", ({ run }) => s(run.profile.socialCardsSeconds)),
      line("size of dist (MB)", ({ size }) => mb(size.dist.bytes)),
      line("files in dist", ({ size }) => int(size.dist.files)),
      line("calendar `/eventi.ics` (KB)", ({ size }) => kb(size.calendarBytes)),
      line(
        "Pagefind index (MB, files)",
        ({ size }) => `${mb(size.pagefind.bytes)} (${int(size.pagefind.files)})`,
      ),
    ],
  );
}

function phaseTable(sizes: readonly SizeResult[]): string {
  const all = runs(sizes);
  const names = [...new Set(all.flatMap(({ run }) => Object.keys(run.profile.phases)))];
  return table(
    ["phase (s)", ...all.map((entry) => `N = ${entry.label}`)],
    names.map((name) => [name, ...all.map(({ run }) => s(run.profile.phases[name]))]),
  );
}

function routeTable(sizes: readonly SizeResult[]): string {
  const all = runs(sizes);
  const kinds = [...new Set(all.flatMap(({ run }) => Object.keys(run.profile.routes)))];
  return table(
    ["kind of route: count, seconds", ...all.map((entry) => `N = ${entry.label}`)],
    kinds.map((kind) => [
      kind,
      ...all.map(({ run }) => {
        const entry = run.profile.routes[kind];
        return entry ? `${int(entry.count)}, ${entry.seconds.toFixed(1)}` : "–";
      }),
    ]),
  );
}

function weightTable(size: SizeResult): string {
  const both = (bytes: { raw: number; gzip: number }) => `${kb(bytes.raw)} / ${kb(bytes.gzip)}`;
  return table(
    [
      "template",
      "page",
      "HTML",
      "CSS",
      "JS",
      "fonts",
      "HTML + CSS + JS + fonts",
      "requests",
      "images (count, KB)",
    ],
    size.pageWeights.map((weight) => [
      weight.template,
      `\`${weight.url}\``,
      both(weight.html),
      both(weight.css),
      both(weight.js),
      both(weight.fonts),
      both({
        raw:
          weight.html.raw + weight.css.raw + weight.js.raw - weight.inlineJs.raw + weight.fonts.raw,
        gzip:
          weight.html.gzip +
          weight.css.gzip +
          weight.js.gzip -
          weight.inlineJs.gzip +
          weight.fonts.gzip,
      }),
      weight.requests,
      `${weight.images.count}, ${kb(weight.images.raw)}`,
    ]),
  );
}

function targets(results: BenchResults): string[] {
  const lines: string[] = [];
  const largest = results.sizes.find((size) => size.articles === 5000);
  const verdict = (ok: boolean) => (ok ? "met" : "**missed**");
  if (largest) {
    for (const [name, run, seconds] of [
      ["cold", largest.cold, TARGETS.coldBuildSeconds],
      ["cached", largest.cached, TARGETS.cachedBuildSeconds],
    ] as const) {
      const largestMb = run.maxProcessMb ?? Number.NaN;
      lines.push(
        `- 5,000 articles + ${largest.members} members, ${name}: \`npm run build\` ${s(run.totalSeconds)} s ` +
          `(\`astro build\` and the search index ${s(run.seconds)} s) against ${seconds} s: ` +
          `${verdict(run.totalSeconds <= seconds)}; peak memory of the largest process ${largestMb.toFixed(0)} MB ` +
          `against ${TARGETS.largestProcessMb} MB: ${verdict(largestMb < TARGETS.largestProcessMb)}; ` +
          `of the whole process tree ${run.peakTreeMb.toFixed(0)} MB against ${TARGETS.peakTreeMb} MB: ` +
          `${verdict(run.peakTreeMb < TARGETS.peakTreeMb)}.`,
      );
    }
  }
  for (const size of results.sizes) {
    if (!size.starter) continue;
    const { cold, cachedPairs } = size.starter;
    const coldRatio = ratio(size.cold, cold);
    const cachedRatios = cachedPairs.map((pair) => pair.seconds / pair.starterSeconds);
    const cachedRatio = median(cachedRatios);
    lines.push(
      `- Against the official blog starter with the same articles, each build just after ours, at N = ${int(size.articles)}: ` +
        `from scratch ${s(size.cold.totalSeconds)} s against its ${s(cold.seconds)} s, ` +
        `${coldRatio.toFixed(2)}× against ${TARGETS.coldBuildRatio}×: ${verdict(coldRatio <= TARGETS.coldBuildRatio)}; ` +
        `with caches kept ${cachedPairs.map((pair) => `${s(pair.seconds)} s against ${s(pair.starterSeconds)} s`).join(", ")}: ` +
        `median ${cachedRatio.toFixed(2)}× (${Math.min(...cachedRatios).toFixed(2)}–${Math.max(...cachedRatios).toFixed(2)}×) ` +
        `against ${TARGETS.cachedBuildRatio}×: ${verdict(cachedRatio <= TARGETS.cachedBuildRatio)}; ` +
        `largest process ${megabytes(size.cold.maxProcessMb)} and ${megabytes(size.cached.maxProcessMb)} MB ` +
        `against its ${megabytes(cold.maxProcessMb)} and ${megabytes(size.starter.cached.maxProcessMb)} MB.`,
    );
  }
  const perThousand = results.sizes.map(
    (size) =>
      `${s(size.cached.secondsPer1000Articles)} s at N = ${int(size.articles)} (cold ${s(size.cold.secondsPer1000Articles)} s)`,
  );
  lines.push(`- Build time per 1,000 articles, cached: ${perThousand.join("; ")}.`);
  for (const size of results.sizes) {
    const speed = size.searchSpeed;
    if (!speed) continue;
    const after = (ms: number, target: number) =>
      `${s(ms / 1000)} s against ${s(target / 1000)} s: ${verdict(ms <= target)}`;
    lines.push(
      `- First result of \`/cerca/?q=${speed.query}\` at N = ${int(size.articles)}, throttled like a phone ` +
        `(load ${speed.load[0].toFixed(1)} → ${speed.load[1].toFixed(1)}): ` +
        `${after(speed.navigationMs, TARGETS.firstResultAfterNavigationMs)} after the navigation; ` +
        `${after(speed.headerMs, TARGETS.firstResultAfterKeystrokeMs)} after the last key in the header's field, its results listed under it; ` +
        `${after(speed.secondQueryMs, TARGETS.firstResultAfterKeystrokeMs)} after the last key of a second query on \`/cerca/\`.`,
    );
  }
  if (results.search) {
    const search = results.search;
    lines.push(
      `- First search for "${search.query}" on the ${int(search.articles)}-article site: ${kb(search.totalBytes)} KB ` +
        `until the first result shows (Pagefind ${kb(search.pagefindBytes)} KB). No longer a target: one ` +
        "index for the whole site cannot go below about 154 KB at this size (issue 17).",
    );
  }
  return lines;
}

/**
 * bench/results.md: the figures of a run, and `changes`, written by hand (bench/changes.md):
 * what changed since the previous run, and why.
 */
export function resultsMarkdown(results: BenchResults, changes: string): string {
  const { machine } = results;
  const largest = results.sizes.at(-1);
  const parts = [
    "# Benchmark results",
    "",
    `Measured on ${results.date} by \`npm run bench\` (\`scripts/dev/bench/run.ts\`): ${machine.cores} cores ` +
      `(${machine.cpu}), ${machine.memoryGb} GB of memory, Node ${machine.node}, Astro ${machine.astro}, ` +
      `Pagefind ${machine.pagefind}.`,
    "",
    "A synthetic district is generated in `bench/work/` (never in `content/`): realistic Italian " +
      "articles of 500–900 words with headings, lists and internal links to members and other " +
      "articles, tags from a set of 30, a few articles with a hero image (one in " +
      `${results.imageEvery}), one in 25 in MDX with a \`<Callout>\`, ${results.sizes[0]?.members ?? 0} ` +
      "members (300 synthetic and the four real ones), " +
      `${results.sizes[0]?.groups ?? 0} working groups and ${results.sizes[0]?.events ?? 0} published events ` +
      "(from 2024 to 2028: timed and all-day, online, one in 20 cancelled, besides one in 50 left a draft), and the real " +
      "committee, district pages and standalone pages. Each size is built twice with the real build (the content check, then " +
      "`astro build`, then the social cards and the Pagefind index): **cold**, with every cache empty, so every social card is " +
      "drawn (one for each article of the twelve months up to the newest one without a hero image), every hero image encoded and Pagefind run; and **cached**, with the caches the cold build filled " +
      "(`SOCIAL_CARD_CACHE`, `SEARCH_INDEX_CACHE` and Astro's `cacheDir`: content store and optimized images), into a " +
      "fresh output folder, from the same content.",
    "",
    "## Targets",
    "",
    ...targets(results),
    "",
    ...ciPathSection(results),
    "## What changed, and why",
    "",
    changes.trim(),
    "",
    "## Build",
    "",
    buildTable(results.sizes),
    "",
    "Peak memory of the process tree is the largest sum, sampled every 200 ms from `/proc`, of the " +
      "resident memory of the build's processes: `astro build`, then the last step " +
      "(`scripts/build/finish-build.ts`: the social cards in worker threads, then Pagefind's own " +
      "process). The largest process is GNU time's maximum resident set size. GNU time's CPU time " +
      "misses Pagefind's process, which nobody waits for; the sampled CPU time counts it.",
    "",
    "## Where the build's time goes",
    "",
    phaseTable(results.sizes),
    "",
    "Rendering time of each kind of route, summed from Astro's per-route log:",
    "",
    routeTable(results.sizes),
  ];
  if (largest) {
    parts.push(
      "",
      `## Page weight (N = ${int(largest.articles)})`,
      "",
      "One page of each template, from the built files; for articles, members and tags the largest " +
        "page of the kind. KB raw / gzip (level 6). JavaScript written inline is counted in HTML and " +
        "in JS, once in the total. Requests: the HTML, stylesheets, scripts and fonts; images " +
        "(the favicon and, from a srcset, the candidate a 400-pixel phone at 2× picks) are listed " +
        "apart. Scripts loaded later with `import()`, such as Pagefind's on `/cerca/`, are not " +
        "counted here: the first search below measures them.",
      "",
      weightTable(largest),
    );
  }
  const timed = results.sizes.filter((size) => size.searchSpeed);
  const first = timed[0]?.searchSpeed;
  if (first) {
    const cells = (pick: (speed: SearchSpeed) => { median: number; runs: number[] }) =>
      timed.map((size) => {
        const { median, runs } = pick(size.searchSpeed as SearchSpeed);
        return `${int(median)} (${runs.map(int).join(", ")})`;
      });
    parts.push(
      "",
      "## How soon the first result shows",
      "",
      `Chromium throttled through the DevTools protocol like Lighthouse's phone: ${THROTTLING.latencyMs} ms ` +
        `of latency per request, ${(THROTTLING.downloadBytesPerSecond / 131072).toFixed(1)} Mbit/s down, ` +
        `${((THROTTLING.uploadBytesPerSecond * 8) / 1024).toFixed(0)} Kbit/s up, the CPU ${THROTTLING.cpuSlowdown} ` +
        "times slower; a fresh browser context for each run, so the cache holds only what that run " +
        "fetched, served with the site's `_headers` and ETags like Cloudflare Pages. Milliseconds until " +
        "the first result is in the page: the median of " +
        `${first.runs} runs, then each run. **Navigation**: \`/cerca/?q=${first.query}\` opened. ` +
        `**Header's field**: on an article, the reader clicks the header's field, types "${first.query}" ` +
        "(a key every 180 ms); from the last key until the first result is listed under the field. **Second query**: on the search page, once " +
        `the first results and the filters are shown, the reader types "${first.secondQuery}"; from the ` +
        "last key. CPU throttling multiplies whatever else the machine is running: the load average " +
        "is given beside each size.",
      "",
      table(
        ["ms (runs)", ...timed.map((size) => `N = ${int(size.articles)}`)],
        [
          [
            "navigation",
            ...cells((speed) => ({ median: speed.navigationMs, runs: speed.samples.navigation })),
          ],
          [
            "header's field, from the last key",
            ...cells((speed) => ({ median: speed.headerMs, runs: speed.samples.header })),
          ],
          [
            "second query, from the last key",
            ...cells((speed) => ({ median: speed.secondQueryMs, runs: speed.samples.secondQuery })),
          ],
          [
            "load average before → after",
            ...timed.map((size) => {
              const load = (size.searchSpeed as SearchSpeed).load;
              return `${load[0].toFixed(1)} → ${load[1].toFixed(1)}`;
            }),
          ],
        ],
      ),
    );
  }
  if (results.search) {
    const search = results.search;
    parts.push(
      "",
      "## First search",
      "",
      `\`/cerca/?q=${search.query}\` opened in Chromium with an empty cache on the ` +
        `${int(search.articles)}-article site, served gzipped like a static host; bytes received ` +
        "(headers and compressed bodies) of the requests sent from the navigation until the first " +
        "result is in the page. The first ten results are shown; the filter lists load after them.",
      "",
      table(
        ["", "bytes", "KB"],
        [
          ["until the first result shows", int(search.totalBytes), kb(search.totalBytes)],
          ["of which Pagefind (`/pagefind/`)", int(search.pagefindBytes), kb(search.pagefindBytes)],
          ["once the page is idle", int(search.settledBytes), kb(search.settledBytes)],
          [
            "of which Pagefind, once idle",
            int(search.settledPagefindBytes),
            kb(search.settledPagefindBytes),
          ],
        ],
      ),
      "",
      `${search.requests} requests until the first result, shown after ${search.resultsShownAfterMs} ms. ` +
        "Every request once the page is idle:",
      "",
      table(
        ["request", "bytes"],
        search.items.map((item) => [`\`${item.url}\``, int(item.bytes)]),
      ),
    );
  }
  return parts.join("\n") + "\n";
}

export async function writeFormatted(file: string, text: string): Promise<void> {
  const config = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...config, filepath: file }));
}

/** The check job for a change to content/ alone, step by step (`npm run bench -- --ci`). */
function ciPathSection({ ciContentPath: ci }: BenchResults): string[] {
  if (!ci) return [];
  const met = ci.seconds <= TARGETS.ciContentPathSeconds ? "met" : "**missed**";
  return [
    "## From an editor's commit to the files ready for upload",
    "",
    `\`npm run bench -- --ci\` (\`scripts/dev/bench/ci-path.ts\`), on commit \`${ci.commit.slice(0, 7)}\` ` +
      `(load ${ci.load[0].toFixed(1)} → ${ci.load[1].toFixed(1)}): a fresh clone with its history, a ` +
      "commit adding a sentence to an article, then the `run:` steps of deploy.yml's check job in " +
      `order, with a deploy's settings. The change was read as \`${ci.kind}\`; .ci/run: ${ci.tests}. ` +
      `**${s(ci.seconds)} s** in all against ${TARGETS.ciContentPathSeconds} s: ${met}. Before ` +
      "issue 26 the same push took about 10 minutes: `npm ci`, then the whole suite (345 s for " +
      "`npm test` alone), then a second `npm ci` and a second build in the deploy job.",
    "",
    table(
      ["step", "command", "s"],
      ci.steps.map((step) => [
        step.name,
        `\`${step.command.replaceAll("|", "\\|")}\``,
        s(step.seconds),
      ]),
    ),
    "",
  ];
}

/** Writes `<benchDir>/results.md` from a run's results and the hand-written changes.md. */
export async function writeResultsMarkdown(benchDir: string, results: BenchResults): Promise<void> {
  const changes = readFileSync(path.join(benchDir, "changes.md"), "utf8");
  await writeFormatted(path.join(benchDir, "results.md"), resultsMarkdown(results, changes));
}

// `node scripts/dev/bench/report.ts`: results.md again from results.json, after changes.md is edited.
if (import.meta.main) {
  const benchDir = path.resolve(import.meta.dirname, "../../../bench");
  const results = JSON.parse(
    readFileSync(path.join(benchDir, "results.json"), "utf8"),
  ) as BenchResults;
  await writeResultsMarkdown(benchDir, results);
}
