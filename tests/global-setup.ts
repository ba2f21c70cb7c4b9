import { buildSite, extendedContent } from "./support/build-site";
import { writeExtendedContent } from "./support/extended-content";
import { builtSites } from "./support/sites";

/**
 * Builds the real site, the fixture site and the real content extended with new entries, once;
 * every built-site test reads their output. Only the `site` project runs this.
 */
export default async function setup() {
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
