import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Finding } from "../../scripts/build/content-check/reporter.ts";
import { checkFolder } from "../../scripts/build/content-check/check-folder.ts";
import { runCheck } from "../../scripts/build/content-check/run.ts";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export interface ScriptResult {
  status: number | null;
  stdout: string;
  output: string;
}

/** Runs one of the project's scripts with the project's Node, as npm would. */
export function runScript(
  script: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): ScriptResult {
  const result = spawnSync("node", [script, ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

/** A fixture content folder, as the check is given it and shows it in messages. */
export const fixture = (name: string) => `tests/content-check/fixtures/${name}`;

/**
 * The content check of a folder, as `npm run check:content <folder>` prints it and exits, run in
 * this process (a process each took 0.7 s). The script itself is run by a few tests of its own.
 */
export function checkContent(folder: string): ScriptResult {
  const { status, report } = checkFolder(projectRoot, folder);
  return { status, stdout: report, output: report };
}

/** The content check of a fixture folder. */
export const checkFixture = (name: string) => checkContent(fixture(name));

/** The findings of the check on a fixture folder, as the script computes them before printing. */
export function fixtureFindings(name: string, now = new Date()): Finding[] {
  const { errors, warnings, notes } = runCheck({
    projectRoot,
    contentRoot: path.join(projectRoot, fixture(name)),
    shownRoot: fixture(name),
    now,
  });
  return [...errors, ...warnings, ...notes];
}
