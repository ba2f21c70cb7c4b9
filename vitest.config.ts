/// <reference types="vitest/config" />
import { availableParallelism } from "node:os";
import { getViteConfig } from "astro/config";
import { WholeProjectToolsFirst } from "./tests/support/sequencer";

/** Tests that need no built site: schemas, helpers, scripts, the content check and the fakes. */
const UNIT_TESTS = [
  "src/**/*.test.ts",
  "scripts/**/*.test.ts",
  "tests/content-check/**/*.test.ts",
  // The newsletter's sending, against the fake listmonk: no site is built.
  "tests/newsletter/**/*.test.ts",
  "tests/support/**/*.test.ts",
  // The import graph of src/ and scripts/.
  "tests/architecture/**/*.test.ts",
];

export default getViteConfig({
  test: {
    // One test file per core, unit and site files mixed (Vitest's default leaves a core idle):
    // most of a file's time is spent waiting for Chromium, a build or a linter.
    maxWorkers: availableParallelism(),
    // Each worker runs file after file and keeps the modules it has imported (Vitest's "Improving
    // Performance" guide): a fresh process per file evaluated Vitest, Astro's Vite setup and
    // playwright-core 105 times. Back to back here, the whole suite went 232 → 194 s (437 → 362 s
    // of CPU). No file changes the process for the next one: environment stubs are undone in the
    // file's own hooks, and nothing is mocked.
    isolate: false,
    setupFiles: ["tests/support/unchanged-environment.ts"],
    sequence: { sequencer: WholeProjectToolsFirst },
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Browser tests poll for what the page shows; a loaded CI machine needs more than a second.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        // `npm run test:unit`: seconds, no build.
        test: { name: "unit", include: UNIT_TESTS },
      },
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/**/*.test.ts"],
          exclude: UNIT_TESTS,
          // Builds the real, fixture and extended sites once; Vitest runs it before any project.
          // Then files run side by side with the unit tests, as many as the machine has cores:
          // what must not overlap (Astro's .astro/ folder) takes turns through a lock
          // (tests/support/astro-folder.ts).
          globalSetup: ["tests/global-setup.ts"],
        },
      },
    ],
  },
});
