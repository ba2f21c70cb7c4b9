import { existsSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildEnvironment } from "../scripts/build/build-environment.ts";
import { withAstroFolder } from "./support/astro-folder";
import {
  buildSite,
  extendedContent,
  projectRoot,
  realContent,
  testEnvironment,
} from "./support/build-site";
import { startCodeTools } from "./support/code-tools";
import { runCommand } from "./support/run-command";
import { writeExtendedContent } from "./support/extended-content";
import { builtSites } from "./support/sites";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run whose code tools the global setup started (tests/support/code-tools.ts), if any. */
    codeToolsRun?: string;
  }
}

/**
 * Starts the whole-project code tools when the whole suite runs, then builds the real site, the fixture site and the real
 * content extended with new entries, once; every built-site test reads their output. Only the
 * `site` project runs this.
 */
export default async function setup(project: TestProject) {
  let stopCodeTools: (() => void) | undefined;
  if (isWholeSuite(project)) {
    // The typed rules read the content's types, which Astro writes into .astro/: on a fresh
    // clone they are made first.
    if (!existsSync(path.join(projectRoot, ".astro/types.d.ts"))) await syncAstroTypes();
    const codeToolsRun = `${Date.now()}-${process.pid}`;
    stopCodeTools = startCodeTools(codeToolsRun);
    project.provide("codeToolsRun", codeToolsRun);
  }
  const teardown = () => stopCodeTools?.();
  if (process.env["SKIP_SITE_BUILD"] === "1") return teardown;
  await writeExtendedContent(extendedContent);
  // Together: Astro's part takes turns (tests/support/astro-folder.ts), the last steps overlap.
  await Promise.all(
    builtSites.map(async (site) => {
      const { status, output } = await buildSite(site.content, site.dist, site.env);
      if (status !== 0) throw new Error(`Build of ${site.content} failed:\n${output}`);
    }),
  );
  return teardown;
}

/**
 * Whether the run is the whole suite, which reads the code tools' results: no file named on the
 * command line, no test name pattern (the content-only CI path has one). Vitest keeps the files
 * named on an internal field; were it renamed, the tools would start on every run, which costs
 * only time: the test file runs them itself when the setup did not.
 */
async function syncAstroTypes() {
  const env = buildEnvironment({ ...testEnvironment, CONTENT_DIR: realContent });
  const { status, output } = await withAstroFolder(() =>
    runCommand("astro", ["sync"], { cwd: projectRoot, env }),
  );
  if (status !== 0) throw new Error(`astro sync failed:\n${output}`);
}

function isWholeSuite(project: TestProject): boolean {
  const namedFiles = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  return !namedFiles?.length && !project.vitest.config.testNamePattern;
}
