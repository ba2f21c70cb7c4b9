import type { TestProject } from "vitest/node";
import { buildSite, extendedContent } from "./support/build-site";
import { startCodeTools } from "./support/code-tools";
import { writeExtendedContent } from "./support/extended-content";
import { builtSites } from "./support/sites";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run whose code tools the global setup started (tests/support/code-tools.ts). */
    codeToolsRun: string;
  }
}

/**
 * Starts the whole-project code tools, then builds the real site, the fixture site and the real
 * content extended with new entries, once; every built-site test reads their output. Only the
 * `site` project runs this.
 */
export default async function setup(project: TestProject) {
  const codeToolsRun = `${Date.now()}-${process.pid}`;
  startCodeTools(codeToolsRun);
  project.provide("codeToolsRun", codeToolsRun);
  if (process.env["SKIP_SITE_BUILD"] === "1") return;
  await writeExtendedContent(extendedContent);
  // Together: Astro's part takes turns (tests/support/astro-folder.ts), the last steps overlap.
  await Promise.all(
    builtSites.map(async (site) => {
      const { status, output } = await buildSite(site.content, site.dist, site.env);
      if (status !== 0) throw new Error(`Build of ${site.content} failed:\n${output}`);
    }),
  );
}
