import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./support/build-site";

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: projectRoot, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

// Each test runs a tool over the whole project: on a shared two-core machine, minutes.
describe("the code", { timeout: 600_000 }, () => {
  it("is formatted with Prettier", () => {
    const { status, output } = run("prettier", ["--check", "."]);
    expect(output, output).toContain("All matched files use Prettier code style!");
    expect(status).toBe(0);
  });

  it("passes ESLint's typed rules with no error and no warning", () => {
    const { status, output } = run("eslint", [".", "--max-warnings", "0"]);
    expect(output.trim(), output).toBe("");
    expect(status).toBe(0);
  });

  it("passes astro check and the strict TypeScript compiler with no errors", () => {
    const astro = run("astro", ["check"]);
    expect(astro.output, astro.output).toMatch(/- 0 errors\n- 0 warnings/);
    expect(astro.status).toBe(0);
    const tsc = run("tsc", ["--noEmit"]);
    expect(tsc.output.trim(), tsc.output).toBe("");
    expect(tsc.status).toBe(0);
  });
});
