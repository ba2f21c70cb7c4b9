import type { TestProject } from "vitest/node";
import { buildSite, extendedContent } from "./support/build-site";
import { startCodeTools } from "./support/code-tools";
import { writeExtendedContent } from "./support/extended-content";
import { builtSites } from "./support/sites";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run whose code tools the global setup started (tests/support/code-tools.ts), if any. */
    codeToolsRun?: string;
  }
}

/**
 * Starts the whole-project code tools when the whole suite runs, then builds the real site, the
 * fixture site and the real content extended with new entries, once; every built-site test reads
 * their output. Only the `site` project runs this.
 */
export default async function setup(project: TestProject) {
  const codeTools = isWholeSuite(project) ? await startCodeTools() : undefined;
  if (codeTools) project.provide("codeToolsRun", codeTools.run);
  const teardown = () => codeTools?.stop();
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
function isWholeSuite(project: TestProject): boolean {
  const namedFiles = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  return !namedFiles?.length && !project.vitest.config.testNamePattern;
}
