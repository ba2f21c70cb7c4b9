/**
 * `npm run bench -- --ci`: the deploy workflow's check job for an editor's change, step by step,
 * as GitHub runs it: a fresh clone with its whole history, a commit that changes one file under
 * content/, then the job's own commands (the install, the content check, `.ci/run` told the push's
 * base, the file count), each timed, until dist/ is ready for the upload. What a runner restores
 * from its caches is restored here too: npm's download cache (this machine's) and the build cache
 * `.cache` (the social cards, from this work tree). Chromium and Java are already installed
 * here; on a runner's fresh container apt-get installs them, which this does not measure.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { measureProcess } from "./measure-process.ts";

export interface CiStep {
  name: string;
  command: string;
  seconds: number;
}

export interface CiPathResult {
  /** The commit of the work tree the clone was made from. */
  commit: string;
  kind: string;
  steps: CiStep[];
  /** From `git clone` to the files ready for upload. */
  seconds: number;
  /** .ci/run's closing line: "N passed, N failed, N skipped". */
  tests: string;
  load: [number, number];
}

/** Settings as a deploy sets them, unlike the tests' own: the checks must hold for these too. */
const DEPLOY_SETTINGS = {
  SITE_URL: "https://sito.distretto-auto.example",
  PUBLIC_CONTACT_EMAIL: "segreteria@distretto-auto.example",
};

/**
 * What a runner's shell has besides the job's settings: the machine's, with the certificates
 * its network needs, and never what this shell's `npm run` added (npm_config_*, this work tree's
 * node_modules/.bin and its Node 24 on the PATH).
 */
const RUNNER_VARIABLES = ["HOME", "LANG", "TMPDIR", "NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE"];
const runnerPath = () =>
  (process.env["PATH"] ?? "")
    .split(path.delimiter)
    .filter((folder) => !folder.includes("node_modules"))
    .join(path.delimiter);

interface WorkflowStep {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}

/** The check job's `run:` steps, in order, as deploy.yml declares them. */
function checkJobCommands(projectRoot: string): WorkflowStep[] {
  const workflow = parse(
    spawnSync("git", ["show", "HEAD:.github/workflows/deploy.yml"], {
      cwd: projectRoot,
      encoding: "utf8",
    }).stdout,
  ) as { jobs: { check: { steps: WorkflowStep[] } } };
  return workflow.jobs.check.steps.filter((step) => step.run !== undefined);
}

const git = (cwd: string, ...args: string[]) => {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout.trim();
};

/** The first article of the real content: the editor's change is a sentence added to it. */
function anArticleFile(clone: string): string {
  const newsDir = path.join(clone, "content/news");
  const file = readdirSync(newsDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .sort()[0];
  if (!file) throw new Error("content/news/ non contiene articoli.");
  return path.join(newsDir, file);
}

export async function measureCiContentPath(
  projectRoot: string,
  log: (message: string) => void,
): Promise<CiPathResult> {
  const load0 = os.loadavg()[0] ?? 0;
  const started = performance.now();
  const steps: CiStep[] = [];
  const timed = async (name: string, command: string, cwd: string, env: NodeJS.ProcessEnv) => {
    log(`ci: ${name}…`);
    const run = await measureProcess("bash", ["-c", command], { cwd, env });
    steps.push({ name, command, seconds: run.seconds });
    log(`ci: ${name}: ${run.seconds.toFixed(1)} s`);
    if (run.status !== 0) {
      // The failed tests' names, wherever they are in the log, then its end.
      const tail = [
        ...run.lines.filter((line) => /FAIL|×/.test(line.text)),
        ...run.lines.slice(-30),
      ]
        .map((line) => line.text)
        .join("\n");
      throw new Error(`Il passo «${name}» è fallito:\n${tail}`);
    }
    return run;
  };

  const parent = mkdtempSync(path.join(os.tmpdir(), "bench-ci-"));
  const clone = path.join(parent, "repo");
  try {
    const commit = git(projectRoot, "rev-parse", "HEAD");
    await timed(
      "git clone (fetch-depth: 0)",
      `git clone -q --no-local '${projectRoot}' repo`,
      parent,
      process.env,
    );
    // The editor's push: one sentence more in an article.
    const base = git(clone, "rev-parse", "HEAD");
    appendFileSync(anArticleFile(clone), "\nUna frase aggiunta dalla segreteria.\n");
    git(
      clone,
      "-c",
      "user.name=Bench",
      "-c",
      "user.email=bench@example.invalid",
      "commit",
      "-qam",
      "Correzione",
    );
    // The build cache a runner restores (actions/cache); npm's is this machine's ~/.npm.
    const cache = path.join(projectRoot, ".cache");
    if (existsSync(cache)) cpSync(cache, path.join(clone, ".cache"), { recursive: true });

    // A clean environment: the runner's, with the job's settings, not this shell's.
    const env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(
        RUNNER_VARIABLES.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
      ),
      PATH: runnerPath(),
      ...DEPLOY_SETTINGS,
      ASTRO_TELEMETRY_DISABLED: "1",
      GITHUB_ACTIONS: "true",
    };
    let tests = "";
    let kind = "";
    for (const step of checkJobCommands(clone)) {
      // The push's base, as `${{ github.event.before }}` gives it.
      const stepEnv = {
        ...env,
        ...step.env,
        ...(step.env?.["CI_BASE_SHA"] ? { CI_BASE_SHA: base } : {}),
      };
      const { lines } = await timed(step.name ?? step.run!, step.run!, clone, stepEnv);
      for (const { text } of lines) {
        tests = / passed, \d+ failed/.test(text) ? text.trim() : tests;
        kind = /^change-kind: .*: (\w+)\.$/.exec(text)?.[1] ?? kind;
      }
    }
    return {
      commit,
      kind,
      steps,
      seconds: (performance.now() - started) / 1000,
      tests,
      load: [load0, os.loadavg()[0] ?? 0],
    };
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}
