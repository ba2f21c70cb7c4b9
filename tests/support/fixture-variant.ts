import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  buildSite,
  fixtureContent,
  fixtureEnvironment,
  outputRoot,
  projectRoot,
} from "./build-site";

// Inside the project: Astro resolves content images only below the project root.
const scratch = path.join(projectRoot, "tests/tmp");

/** Where the variant `name` is built. */
export const variantDist = (name: string) => path.join(outputRoot, `variant-${name}`);

/**
 * Builds a copy of the fixture content changed by `files` (path → text, or null to delete),
 * into `variantDist(name)`, with the fixture's settings changed by `settings`.
 */
export async function buildFixtureVariant(
  name: string,
  files: Record<string, string | null>,
  settings: Record<string, string> = {},
) {
  const content = path.join(scratch, name);
  rmSync(content, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  cpSync(fixtureContent, content, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(content, file);
    if (text === null) rmSync(target, { recursive: true, force: true });
    else writeFileSync(target, text);
  }
  return buildSite(path.relative(projectRoot, content), variantDist(name), {
    ...fixtureEnvironment,
    ...settings,
  });
}
