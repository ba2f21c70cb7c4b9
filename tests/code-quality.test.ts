import { describe, expect, it } from "vitest";
import { withAstroFolder } from "./support/astro-folder";
import { projectRoot } from "./support/build-site";
import { runCommand } from "./support/run-command";

const run = (command: string, args: string[]) => runCommand(command, args, { cwd: projectRoot });

// Each tool takes from seconds (Prettier) to minutes (ESLint's typed rules) on a shared two-core
// machine, and each is mostly one thread: they start together, so the file lasts as long as the
// slowest instead of the sum. `astro check` skips its sync, which would rewrite .astro/ while the
// others read it: the global setup's builds have just written it. `astro check` type-checks the
// .ts files as well as the .astro ones, with the same strict tsconfig (an error put on purpose in
// scripts/ and in tests/ was reported), so `tsc --noEmit` beside it would check the same again.
//
// Prettier skips the files it found formatted in an earlier run whose content, Prettier's version,
// Node's and the options are all the same (its cache key, in prettier/internal/legacy-cli.mjs),
// and records only files found formatted: a file can change its verdict only by changing its key.
const tools = {
  prettier: run("prettier", ["--check", "--cache", "--cache-strategy", "content", "."]),
  eslint: run("eslint", [".", "--max-warnings", "0"]),
  // Not while a build or the preview rewrites .astro/, which it reads.
  astro: withAstroFolder(() => run("astro", ["check", "--noSync"])),
};

describe("the code", { timeout: 600_000 }, () => {
  it("is formatted with Prettier", async () => {
    const { status, output } = await tools.prettier;
    expect(output, output).toContain("All matched files use Prettier code style!");
    expect(status).toBe(0);
  });

  it("passes ESLint's typed rules with no error and no warning", async () => {
    const { status, output } = await tools.eslint;
    expect(output.trim(), output).toBe("");
    expect(status).toBe(0);
  });

  it("passes astro check, which type-checks .astro and .ts files with the strict tsconfig, with no errors", async () => {
    const astro = await tools.astro;
    expect(astro.output, astro.output).toMatch(/- 0 errors\n- 0 warnings/);
    expect(astro.status).toBe(0);
  });
});
