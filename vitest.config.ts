/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

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
          globalSetup: ["tests/global-setup.ts"],
          // Builds and `astro check` share the project's .astro/ folder: one test file at a time.
          fileParallelism: false,
          // After the unit tests, not beside them: browser tests keep the machine to themselves.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
