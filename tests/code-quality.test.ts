import { describe, expect, inject, it } from "vitest";
import { withAstroFolder } from "./support/astro-folder";
import { projectRoot } from "./support/build-site";
import { codeToolResult } from "./support/code-tools";
import { runCommand } from "./support/run-command";

// `astro check` skips its sync, which would rewrite .astro/ while the others read it: the global
// setup's builds have just written it, and it takes its turn with the builds and the preview.
// It type-checks the .ts files as well as the .astro ones, with the same strict tsconfig (an
// error put on purpose in scripts/ and in tests/ was reported), so `tsc --noEmit` beside it would
// check the same again. Prettier and ESLint were started by the global setup, beside its builds.
const astro = withAstroFolder(() =>
  runCommand("astro", ["check", "--noSync"], { cwd: projectRoot }),
);
const codeToolsRun = inject("codeToolsRun");

describe("the code", { timeout: 600_000 }, () => {
  it("is formatted with Prettier", async () => {
    const { status, output } = await codeToolResult("prettier", codeToolsRun);
    expect(output, output).toContain("All matched files use Prettier code style!");
    expect(status).toBe(0);
  });

  it("passes ESLint's typed rules with no error and no warning", async () => {
    const { status, output } = await codeToolResult("eslint", codeToolsRun);
    expect(output.trim(), output).toBe("");
    expect(status).toBe(0);
  });

  it("passes astro check, which type-checks .astro and .ts files with the strict tsconfig, with no errors", async () => {
    const { status, output } = await astro;
    expect(output, output).toMatch(/- 0 errors\n- 0 warnings/);
    expect(status).toBe(0);
  });
});
