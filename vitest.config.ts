/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    globalSetup: ["tests/global-setup.ts"],
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // Builds and `astro check` share the project's .astro/ folder: one test file at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    // Browser tests poll for what the page shows; a loaded CI machine needs more than a second.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 240_000,
  },
});
