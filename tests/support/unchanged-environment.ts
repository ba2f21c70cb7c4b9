import { afterAll, expect } from "vitest";

// Test files share their worker's process (`isolate: false` in vitest.config.ts): a file that
// leaves an environment variable set or removed would change the files that run after it.

/** Set by the tools themselves: Vitest for each file, sharp (libvips) once it is loaded. */
const SET_BY_TOOLS = /^(VITEST_|VIPSHOME$)/;

const environment = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !SET_BY_TOOLS.test(name)));

const atStart = environment();

afterAll(() => {
  expect(environment(), "a test file left process.env changed for the next file").toEqual(atStart);
});
