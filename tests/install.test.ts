import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./support/build-site";

const read = (file: string) => readFileSync(path.join(projectRoot, file), "utf8");
const projectNode = read(".nvmrc").trim();

describe("installing the project", () => {
  it("prints no warning with the project's Node: no engine refused, no install script unreviewed", () => {
    // What `npm ci` decides, without touching node_modules; Vitest runs under the project's Node.
    const { status, stdout, stderr } = spawnSync(
      "npm",
      ["ci", "--dry-run", "--offline", "--no-audit", "--no-fund"],
      { cwd: projectRoot, encoding: "utf8" },
    );
    expect(process.version.split(".")[0]).toBe(`v${projectNode}`);
    expect(status, stderr).toBe(0);
    expect(`${stdout}${stderr}`).not.toMatch(/EBADENGINE|install-scripts/);
  });

  it("is described alike in README.md and EDITING.md: the project's Node, and that Node 20 works with harmless warnings", () => {
    expect(read("README.md")).toContain(`The project's Node is Node ${projectNode}`);
    expect(read("README.md")).toMatch(/Debian's Node 20[\s\S]*EBADENGINE[\s\S]*harmless/);
    expect(read("EDITING.md")).toContain(`Serve Node.js ${projectNode}`);
    expect(read("EDITING.md")).toMatch(/Node 20 di Debian[\s\S]*EBADENGINE[\s\S]*ignorare/);
  });
});
