import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./support/build-site";

/** Runs a tool over the whole project; resolves when it ends, with its exit code and output. */
function run(command: string, args: string[]) {
  return new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (status) => {
      resolve({ status, output });
    });
  });
}

// Each tool takes from seconds (Prettier) to minutes (ESLint's typed rules) on a shared two-core
// machine, and each is mostly one thread: they start together, so the file lasts as long as the
// slowest instead of the sum. `astro check` skips its sync, which would rewrite .astro/ while the
// others read it: the global setup's builds have just written it. `astro check` type-checks the
// .ts files as well as the .astro ones, with the same strict tsconfig (an error put on purpose in
// scripts/ and in tests/ was reported), so `tsc --noEmit` beside it would check the same again.
const tools = {
  prettier: run("prettier", ["--check", "."]),
  eslint: run("eslint", [".", "--max-warnings", "0"]),
  astro: run("astro", ["check", "--noSync"]),
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
