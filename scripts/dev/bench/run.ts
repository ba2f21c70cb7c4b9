/**
 * `npm run bench [-- --sizes=1000,5000] [--members=300] [--query=motori] [--pairs=3] [--no-starter]`:
 * generates a synthetic district of each size in bench/work/, builds it with the real build (the
 * content check, then `astro build`, then the search index and social cards), cold and again
 * with the caches the cold build filled (social cards, Astro's content store and optimized
 * images), each followed by the official blog starter's build of the same articles
 * (scripts/dev/bench/starter.ts; the cached pair `--pairs` times), measures the output, the
 * page weight of each template and the bytes of a first search, and writes bench/results.json
 * and bench/results.md. `npm run bench -- --ci` measures instead the deploy workflow's path for
 * a change to content/ alone (scripts/dev/bench/ci-path.ts), keeping the other figures.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildEnvironment } from "../../build/build-environment.ts";
import { parseArgs } from "node:util";
import { profileBuild } from "./build-profile.ts";
import { measureCiContentPath } from "./ci-path.ts";
import { generateSite } from "./generate-site.ts";
import { benchImages } from "./images.ts";
import { measureProcess } from "./measure-process.ts";
import { pageWeight } from "./page-weight.ts";
import { writeFormatted, writeResultsMarkdown } from "./report.ts";
import type { BenchResults, BuildPair, BuildRun, SizeResult, TemplateWeight } from "./results.ts";
import { anArticle, measureSearchSpeed } from "./search-speed.ts";
import { buildStarter, writeStarterSite } from "./starter.ts";
import { measureSearchTransfer } from "./search-transfer.ts";

const projectRoot = path.resolve(import.meta.dirname, "../../..");
const benchDir = path.join(projectRoot, "bench");
// Not a dot-folder: Astro does not resolve images under one.
const workDir = path.join(benchDir, "work");
const astroBin = path.join(projectRoot, "node_modules/astro/bin/astro.mjs");

const { values: options } = parseArgs({
  allowNegative: true,
  options: {
    sizes: { type: "string", default: "1000,5000" },
    members: { type: "string", default: "300" },
    events: { type: "string", default: "500" },
    groups: { type: "string", default: "20" },
    query: { type: "string", default: "motori" },
    "second-query": { type: "string", default: "sicurezza" },
    // Each hero image costs seconds of AVIF encoding on a cold build (see bench/results.md).
    "image-every": { type: "string", default: "100" },
    // The blog starter with the same articles, the yardstick of the build's limits.
    starter: { type: "boolean", default: true },
    // Cached builds of the district and the starter, one after the other, at each size.
    pairs: { type: "string", default: "3" },
    // Only the deploy workflow's path for a change to content/ (scripts/dev/bench/ci-path.ts).
    ci: { type: "boolean", default: false },
  },
});
const sizes = options.sizes
  .split(",")
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);
const memberCount = Number(options.members);
const eventCount = Number(options.events);
const groupCount = Number(options.groups);
const imageEvery = Number(options["image-every"]);
const pairCount = Number(options.pairs);
if (
  sizes.length === 0 ||
  ![memberCount, eventCount, groupCount].every(Number.isInteger) ||
  !(imageEvery >= 1) ||
  !(Number.isInteger(pairCount) && pairCount >= 1)
) {
  console.error(
    "Uso: npm run bench -- --sizes=1000,5000 --members=300 --events=500 --groups=20 --image-every=100 --pairs=3 [--no-starter]",
  );
  process.exit(1);
}

const log = (message: string) => {
  console.log(`[bench] ${message}`);
};

/** The environment of a benchmark build: the site's defaults, caches under the work folder. */
function benchEnvironment(contentDir: string, cacheDir: string): NodeJS.ProcessEnv {
  return buildEnvironment({
    SITE_URL: "https://distretto-auto.example",
    PUBLIC_CONTACT_EMAIL: "",
    PUBLIC_JOIN_ENDPOINT: "",
    PUBLIC_SUBSCRIBE_ENDPOINT: "",
    PUBLIC_SUBSCRIBE_LISTS: "",
    CONTENT_DIR: contentDir,
    ASTRO_CACHE_DIR: path.join(cacheDir, "astro"),
    SOCIAL_CARD_CACHE: path.join(cacheDir, "social-cards"),
    SEARCH_INDEX_CACHE: path.join(cacheDir, "search-index"),
  });
}

function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    const stat = statSync(path.join(folder, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

const htmlFiles = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: "utf8" }).filter(
    (name) => name.endsWith(".html") && !name.startsWith("pagefind"),
  );

async function build(
  size: number,
  contentDir: string,
  cacheDir: string,
  dist: string,
  label: string,
  checkSeconds: number,
): Promise<BuildRun> {
  rmSync(dist, { recursive: true, force: true });
  log(`N=${size} ${label}: astro build, then the search index and social cards…`);
  // The same two steps as `npm run build` after its content check, measured as one.
  const measure = await measureProcess(
    "sh",
    [
      "-c",
      '"$0" "$1" build --outDir "$2" && "$0" scripts/build/finish-build.ts "$2"',
      process.execPath,
      astroBin,
      dist,
    ],
    { cwd: projectRoot, env: benchEnvironment(contentDir, cacheDir) },
  );
  const logFile = path.join(workDir, "logs", `build-${size}-${label}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  writeFileSync(
    logFile,
    measure.lines.map((line) => `${line.at.toFixed(2).padStart(8)}  ${line.text}`).join("\n"),
  );
  if (measure.status !== 0) {
    throw new Error(`La build di N=${size} (${label}) è fallita: vedi ${logFile}`);
  }
  const profile = profileBuild(measure.lines, measure.seconds);
  const htmlPages = htmlFiles(dist).length;
  log(
    `N=${size} ${label}: ${measure.seconds.toFixed(1)} s, ${htmlPages} pages, ` +
      `peak ${measure.peakTreeMb.toFixed(0)} MB (log: ${path.relative(projectRoot, logFile)})`,
  );
  return {
    seconds: measure.seconds,
    totalSeconds: measure.seconds + checkSeconds,
    htmlPages,
    pagesPerSecond: htmlPages / measure.seconds,
    secondsPer1000Articles: measure.seconds / (size / 1000),
    peakTreeMb: measure.peakTreeMb,
    maxProcessMb: measure.maxProcessMb,
    cpuCores: measure.cpuCores,
    cpuSeconds: measure.cpuSeconds,
    treeCpuSeconds: measure.treeCpuSeconds,
    load: measure.load,
    profile,
  };
}

/** The largest HTML file among the pages whose address matches. */
function largestPage(dist: string, pattern: RegExp): string | undefined {
  let best: { file: string; size: number } | undefined;
  for (const file of htmlFiles(dist)) {
    const url = "/" + file.replace(/(^|\/)index\.html$/, "$1");
    if (!pattern.test(url)) continue;
    const size = statSync(path.join(dist, file)).size;
    if (!best || size > best.size) best = { file, size };
  }
  return best?.file;
}

const TEMPLATES: [string, string | RegExp][] = [
  ["home", "index.html"],
  ["district page", "distretto/chi-siamo/index.html"],
  ["committee", "comitato/index.html"],
  ["members list", "membri/index.html"],
  ["member", /^\/membri\/(?!tipo\/|provincia\/|settore\/)[^/]+\/$/],
  ["news list", "notizie/index.html"],
  ["article", /^\/notizie\/\d{4}\/[^/]+\/$/],
  ["tag page", /^\/notizie\/tag\/[^/]+\/$/],
  ["search", "cerca/index.html"],
  ["join", "aderisci/index.html"],
  ["events list", "eventi/index.html"],
  ["event", /^\/eventi\/[^/]+\/$/],
  ["working group", /^\/gruppi\/[^/]+\/$/],
  ["404", "404.html"],
];

function templateWeights(dist: string): TemplateWeight[] {
  const weights: TemplateWeight[] = [];
  for (const [template, where] of TEMPLATES) {
    const file = typeof where === "string" ? where : largestPage(dist, where);
    if (!file) continue;
    const { files: _files, ...weight } = pageWeight(dist, path.join(dist, file));
    const url = "/" + file.replace(/(^|\/)index\.html$/, "$1");
    weights.push({ template, url, ...weight });
  }
  return weights;
}

async function starterBuild(size: number, starterDir: string, cold: boolean) {
  log(`N=${size} ${cold ? "cold" : "cached"}: the blog starter with the same articles…`);
  const { seconds, maxProcessMb, peakTreeMb, load } = await buildStarter(starterDir, cold);
  log(`N=${size} starter: ${seconds.toFixed(1)} s, largest process ${maxProcessMb?.toFixed(0)} MB`);
  return { seconds, maxProcessMb, peakTreeMb, load };
}

async function runSize(size: number, images: string[]): Promise<SizeResult> {
  const contentDir = path.join(workDir, `content-${size}`);
  const cacheDir = path.join(workDir, `cache-${size}`);
  const dist = path.join(workDir, `dist-${size}`);
  log(
    `N=${size}: generating ${size} articles, ${memberCount} members, ${eventCount} events and ${groupCount} groups…`,
  );
  const generateStarted = performance.now();
  const generated = generateSite({
    projectRoot,
    contentDir,
    articles: size,
    members: memberCount,
    events: eventCount,
    groups: groupCount,
    images,
    imageEvery,
  });
  const generateSeconds = (performance.now() - generateStarted) / 1000;

  log(`N=${size}: content check…`);
  const checkStarted = performance.now();
  const check = spawnSync(process.execPath, ["scripts/build/check-content.ts"], {
    cwd: projectRoot,
    env: benchEnvironment(contentDir, cacheDir),
    encoding: "utf8",
  });
  const checkSeconds = (performance.now() - checkStarted) / 1000;
  if (check.status !== 0) throw new Error(`Il controllo dei contenuti è fallito:\n${check.stdout}`);
  const reported = /in ([\d.]+) s:/.exec(check.stdout)?.[1];

  rmSync(cacheDir, { recursive: true, force: true });
  const cold = await build(size, contentDir, cacheDir, dist, "cold", checkSeconds);
  const starterDir = path.join(workDir, `starter-${size}`);
  const posts = options.starter ? writeStarterSite(contentDir, starterDir) : 0;
  // Each of the district's builds is followed by the starter's of the same kind, so that a pair
  // sees the same load; the cached pair again, as this machine's load varies from minute to
  // minute (the same build took 26 s and 35 s one after the other).
  const starterCold = options.starter ? await starterBuild(size, starterDir, true) : undefined;
  const cached = await build(size, contentDir, cacheDir, dist, "cached", checkSeconds);
  const starterCached = options.starter ? await starterBuild(size, starterDir, false) : undefined;
  const cachedPairs: BuildPair[] = starterCached
    ? [{ seconds: cached.totalSeconds, starterSeconds: starterCached.seconds }]
    : [];
  while (starterCached && cachedPairs.length < pairCount) {
    const label = `cached-${cachedPairs.length + 1}`;
    const again = await build(size, contentDir, cacheDir, dist, label, checkSeconds);
    const starter = await starterBuild(size, starterDir, false);
    cachedPairs.push({ seconds: again.totalSeconds, starterSeconds: starter.seconds });
  }
  const pagefind = folderSize(path.join(dist, "pagefind"));
  return {
    ...generated,
    generateSeconds,
    contentCheck: {
      seconds: checkSeconds,
      reportedSeconds: reported === undefined ? undefined : Number(reported),
    },
    cold,
    cached,
    starter:
      starterCold && starterCached
        ? { posts, cold: starterCold, cached: starterCached, cachedPairs }
        : undefined,
    dist: folderSize(dist),
    calendarBytes: statSync(path.join(dist, "eventi.ics")).size,
    pagefind: { ...pagefind, seconds: cached.profile.pagefindSeconds },
    pageWeights: templateWeights(dist),
  };
}

const packageVersion = (name: string) =>
  (
    JSON.parse(
      readFileSync(path.join(projectRoot, "node_modules", name, "package.json"), "utf8"),
    ) as { version: string }
  ).version;

const resultsFile = path.join(benchDir, "results.json");
/** The last run's figures: a run of one part keeps the others'. */
const previous = JSON.parse(readFileSync(resultsFile, "utf8")) as BenchResults;

if (options.ci) {
  previous.ciContentPath = await measureCiContentPath(projectRoot, log);
  await writeFormatted(resultsFile, JSON.stringify(previous, null, 2));
  await writeResultsMarkdown(benchDir, previous);
  log("written bench/results.json and bench/results.md");
  process.exit(0);
}

mkdirSync(workDir, { recursive: true });
const images = await benchImages(path.join(workDir, "images"));
const results: BenchResults = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.versions.node,
    astro: packageVersion("astro"),
    pagefind: packageVersion("pagefind"),
  },
  imageEvery,
  sizes: [],
  search: undefined,
  ciContentPath: previous.ciContentPath,
};
for (const size of sizes) results.sizes.push(await runSize(size, images));

const largest = Math.max(...sizes);
log(`search transfer on the ${largest}-article site…`);
const { items, ...search } = await measureSearchTransfer(
  path.join(workDir, `dist-${largest}`),
  options.query,
);
results.search = { articles: largest, ...search, items };
for (const size of results.sizes) {
  log(`how soon the first search result shows on the ${size.articles}-article site…`);
  const dist = path.join(workDir, `dist-${size.articles}`);
  size.searchSpeed = await measureSearchSpeed(
    dist,
    options.query,
    options["second-query"],
    anArticle(dist),
  );
}

await writeFormatted(resultsFile, JSON.stringify(results, null, 2));
await writeResultsMarkdown(benchDir, results);
log("written bench/results.json and bench/results.md");
