/** The deploy workflow, read as GitHub reads it. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot } from "./support/build-site";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  "timeout-minutes"?: number;
  steps: Step[];
}

const read = (file: string) => readFileSync(path.join(projectRoot, file), "utf8");
const workflow = parse(read(".github/workflows/deploy.yml")) as { jobs: Record<string, Job> };
const jobs = Object.entries(workflow.jobs);
const packageJson = JSON.parse(read("package.json")) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

describe("the deploy workflow", () => {
  it("gives every job a time limit of at most an hour", () => {
    expect(jobs.length).toBeGreaterThan(0);
    for (const [name, job] of jobs) {
      expect(job["timeout-minutes"], name).toBeGreaterThan(0);
      expect(job["timeout-minutes"], name).toBeLessThanOrEqual(60);
    }
  });

  it("sets up the Node that .nvmrc names, never a version of its own", () => {
    const setups = jobs.flatMap(([, job]) =>
      job.steps.filter((step) => step.uses?.startsWith("actions/setup-node@")),
    );
    expect(setups.length).toBe(jobs.length);
    for (const step of setups) {
      expect(step.with).toMatchObject({ "node-version-file": ".nvmrc" });
      expect(step.with).not.toHaveProperty("node-version");
    }
  });

  it("names in .nvmrc the Node that the project installs and its engines accept", () => {
    const major = read(".nvmrc").trim();
    expect(major).toMatch(/^\d+$/);
    expect(packageJson.devDependencies["node"]).toMatch(new RegExp(`^\\^${major}\\.`));
    const [, minimum] = /^>=(\d+)\./.exec(packageJson.engines.node) ?? [];
    expect(Number(major)).toBeGreaterThanOrEqual(Number(minimum));
  });

  it("counts the files to publish after the build and before publishing", () => {
    const steps = workflow.jobs["deploy"]?.steps ?? [];
    const at = (test: (step: Step) => boolean) => steps.findIndex(test);
    const build = at((step) => step.run?.includes("npm run build") === true);
    const count = at((step) => step.run === "npm run deploy:count");
    const publish = at((step) => step.uses?.startsWith("cloudflare/wrangler-action@") === true);
    expect(build).toBeGreaterThanOrEqual(0);
    expect(count).toBeGreaterThan(build);
    expect(publish).toBeGreaterThan(count);
    expect(packageJson.scripts["deploy:count"]).toBe("node scripts/count-deploy-files.ts");
  });
});
