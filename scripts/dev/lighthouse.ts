/**
 * `npm run lighthouse`: runs Lighthouse (mobile settings, the default) with Debian's chromium on
 * the built real site, served locally the way a static host serves it, for the home, an article,
 * the members list, the search page, and a search with a query. Writes the four category scores,
 * and the audits that lose points, to bench/lighthouse.json and bench/lighthouse.md. Builds the
 * site first when dist/ is missing.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium.ts";
import { serveStatic } from "../../tests/support/static-server.ts";
import { enRoutes, routes } from "../../src/routes.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const dist = path.join(projectRoot, "dist");
const benchDir = path.join(projectRoot, "bench");
const workDir = path.join(benchDir, "work", "lighthouse");
const lighthouseCli = path.join(projectRoot, "node_modules/lighthouse/cli/index.js");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
}
interface LighthouseReport {
  lighthouseVersion: string;
  environment: { hostUserAgent: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
}

interface PageResult {
  page: string;
  url: string;
  scores: Record<string, number | null>;
  /** Audits that count in a category's score and did not get full marks. */
  losingPoints: { category: string; id: string; title: string; score: number; value?: string }[];
}

if (!existsSync(chromiumPath)) {
  console.error(
    `Chromium non trovato in ${chromiumPath}: installalo (apt-get install chromium) o imposta CHROMIUM_PATH.`,
  );
  process.exit(1);
}
if (!existsSync(path.join(dist, "index.html"))) {
  console.log("dist/ non c'è: costruisco il sito con npm run build…");
  const built = spawnSync("npm", ["run", "build"], { cwd: projectRoot, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The first article of the built site. */
function firstArticle(): string {
  const news = path.join(dist, routes.news());
  const year = readdirSync(news).find((name) => /^\d{4}$/.test(name));
  const slug = year && readdirSync(path.join(news, year))[0];
  if (!slug) throw new Error("Nessun articolo in dist/notizie/.");
  return routes.article({ year, slug });
}

function runLighthouse(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: { ...process.env, CHROME_PATH: chromiumPath },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("close", (status) => {
      resolve({ status, stderr });
    });
  });
}

const pages: [string, string][] = [
  ["home", routes.home()],
  ["article", firstArticle()],
  ["members list", routes.members()],
  ["search", routes.search()],
  // As a reader arrives from the header's search field: Pagefind loads and the results come in.
  ["search with a query", routes.search("distretto")],
  ["English home", enRoutes.home()],
  ["English members list", enRoutes.members()],
];

mkdirSync(workDir, { recursive: true });
const server = await serveStatic(dist, { headersFile: true, gzip: true });
const results: PageResult[] = [];
let version = "";
let userAgent = "";
try {
  for (const [page, pathname] of pages) {
    const output = path.join(workDir, `${page.replace(/\W+/g, "-")}.json`);
    console.log(`Lighthouse: ${pathname}…`);
    // Asynchronously: the server answering Lighthouse runs in this same process.
    const run = await runLighthouse([
      lighthouseCli,
      `${server.origin}${pathname}`,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(" ")}`,
    ]);
    if (run.status !== 0)
      throw new Error(`Lighthouse non è riuscito su ${pathname}:\n${run.stderr}`);
    const report = JSON.parse(readFileSync(output, "utf8")) as LighthouseReport;
    if (report.runtimeError)
      throw new Error(`Lighthouse su ${pathname}: ${report.runtimeError.message}`);
    version = report.lighthouseVersion;
    userAgent = report.environment.hostUserAgent;
    const scores: Record<string, number | null> = {};
    const losingPoints: PageResult["losingPoints"] = [];
    for (const category of CATEGORIES) {
      const data = report.categories[category];
      scores[category] = data?.score === null || !data ? null : Math.round(data.score * 100);
      for (const ref of data?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          losingPoints.push({
            category,
            id: audit.id,
            title: audit.title,
            score: audit.score,
            ...(audit.displayValue ? { value: audit.displayValue } : {}),
          });
        }
      }
    }
    results.push({ page, url: pathname, scores, losingPoints });
  }
} finally {
  await server.close();
}

const chromium = /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? "unknown";
const date = new Date().toISOString().slice(0, 10);
const json = { date, lighthouse: version, chromium, formFactor: "mobile", pages: results };

const row = (cells: readonly (string | number | null)[]) => `| ${cells.join(" | ")} |`;
const markdown = [
  "# Lighthouse",
  "",
  `Measured on ${date} by \`npm run lighthouse\`: Lighthouse ${version}, mobile settings ` +
    `(simulated throttling), Debian's Chromium ${chromium}, on the real site built in \`dist/\` ` +
    "and served gzipped from a local server.",
  "",
  row(["page", "address", ...CATEGORIES]),
  row(["---", "---", ...CATEGORIES.map(() => "---")]),
  ...results.map((result) =>
    row([
      result.page,
      `\`${result.url}\``,
      ...CATEGORIES.map((name) => result.scores[name] ?? "–"),
    ]),
  ),
  "",
  "## Audits that lose points",
  "",
  ...(results.every((result) => result.losingPoints.length === 0)
    ? ["None: every weighted audit has full marks."]
    : results.flatMap((result) =>
        result.losingPoints.map(
          (audit) =>
            `- ${result.page} (${audit.category}): \`${audit.id}\`, ${audit.title}, score ${audit.score}` +
            (audit.value ? ` (${audit.value})` : ""),
        ),
      )),
  "",
].join("\n");

for (const [file, text] of [
  [path.join(benchDir, "lighthouse.json"), JSON.stringify(json, null, 2)],
  [path.join(benchDir, "lighthouse.md"), markdown],
] as const) {
  const config = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...config, filepath: file }));
}
console.log(markdown);
