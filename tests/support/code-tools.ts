import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { buildEnvironment } from "../../scripts/build/build-environment.ts";
import { astroFolder, withAstroFolder } from "./astro-folder";
import { outputRoot, projectRoot, realContent, testEnvironment } from "./build-site";
import { runCommand, type CommandResult } from "./run-command";

/**
 * The whole-project tools that read no build's output: the global setup starts them beside its
 * builds, which take turns on one core (tests/support/astro-folder.ts) and leave the other idle
 * for about ten seconds, and tests/code-quality.test.ts reads what they reported.
 */
export const CODE_TOOLS = {
  // Prettier skips the files it found formatted in an earlier run whose content, Prettier's
  // version, Node's and the options are all the same (its cache key, in
  // prettier/internal/legacy-cli.mjs), and records only files found formatted: a file can change
  // its verdict only by changing its key.
  prettier: ["prettier", "--check", "--cache", "--cache-strategy", "content", "."],
  eslint: ["eslint", ".", "--max-warnings", "0"],
} as const;

export type CodeTool = keyof typeof CODE_TOOLS;

const resultsRoot = path.join(outputRoot, "code-tools");
/** A folder of the run's own, so a process left by an interrupted run cannot answer for this one. */
const resultsFolder = (run: string) => path.join(resultsRoot, run);

/** Writes the content's types into .astro/, which the typed rules read, if no build has yet. */
async function ensureAstroTypes() {
  if (existsSync(path.join(astroFolder, "types.d.ts"))) return;
  const env = buildEnvironment({ ...testEnvironment, CONTENT_DIR: realContent });
  const { status, output } = await withAstroFolder(() =>
    runCommand("astro", ["sync"], { cwd: projectRoot, env }),
  );
  if (status !== 0) throw new Error(`astro sync failed:\n${output}`);
}

/**
 * Starts every tool and resolves at once with the run's name and a function that stops the tools
 * still running; each tool writes its result into the run's folder.
 */
export async function startCodeTools(): Promise<{ run: string; stop: () => void }> {
  await ensureAstroTypes();
  const run = `${Date.now()}-${process.pid}`;
  rmSync(resultsRoot, { recursive: true, force: true });
  const folder = resultsFolder(run);
  mkdirSync(folder, { recursive: true });
  const stop = new AbortController();
  for (const tool of Object.keys(CODE_TOOLS) as CodeTool[]) {
    void runTool(tool, stop.signal)
      .catch((error: unknown) => ({ status: null, output: String(error) }))
      .then((result) => {
        writeFileSync(path.join(folder, `${tool}.json`), JSON.stringify(result));
      });
  }
  return {
    run,
    stop: () => {
      stop.abort();
    },
  };
}

function runTool(tool: CodeTool, signal?: AbortSignal) {
  const [command, ...args] = CODE_TOOLS[tool];
  return runCommand(command, args, { cwd: projectRoot, ...(signal && { signal }) });
}

/**
 * What a tool started by `startCodeTools` for the run reported, once it has; without such a run
 * (the file run on its own), the tool runs here.
 */
export async function codeToolResult(tool: CodeTool, runName?: string): Promise<CommandResult> {
  if (!runName) return runTool(tool);
  const file = path.join(resultsFolder(runName), `${tool}.json`);
  for (;;) {
    try {
      return JSON.parse(readFileSync(file, "utf8")) as CommandResult;
    } catch {
      await sleep(500);
    }
  }
}
