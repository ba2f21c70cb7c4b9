import { lock } from "proper-lockfile";
import path from "node:path";

// The project root, written here rather than imported from build-site.ts, which imports this.
export const astroFolder = path.resolve(import.meta.dirname, "../../.astro");

/**
 * Takes the project's .astro/ folder for one job at a time and resolves with its release. Astro
 * writes there what a build or the preview reads back (the content's module list, the types), and
 * `astro check` reads the types: test files run side by side, so each of these waits its turn.
 */
export function takeAstroFolder(): Promise<() => Promise<void>> {
  return lock(astroFolder, {
    // The folder may not exist before the first build.
    realpath: false,
    // A job holds it for up to a minute (astro check); a process that died frees it after that.
    stale: 60_000,
    update: 5_000,
    retries: { retries: 1_000, minTimeout: 200, maxTimeout: 1_000 },
  });
}

/** Runs `job` while holding the project's .astro/ folder. */
export async function withAstroFolder<T>(job: () => Promise<T>): Promise<T> {
  const release = await takeAstroFolder();
  try {
    return await job();
  } finally {
    await release();
  }
}
