/** The deploy and newsletter workflows, read as GitHub reads them. */
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
  env?: Record<string, string>;
}
interface Job {
  "timeout-minutes"?: number;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { required?: boolean }> } | null>;
  jobs: Record<string, Job>;
}

const read = (file: string) => readFileSync(path.join(projectRoot, file), "utf8");
const readWorkflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;
const workflow = readWorkflow("deploy.yml");
const newsletter = readWorkflow("newsletter.yml");
/** Both workflows build the site with the project's Node, and must stop in time. */
const jobs = [...Object.entries(workflow.jobs), ...Object.entries(newsletter.jobs)];
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

  it("runs the content check as a step of its own before the tests, on pushes and pull requests", () => {
    const pullRequest = readWorkflow("pull-request.yml");
    for (const job of [workflow.jobs["test"], pullRequest.jobs["test"]]) {
      const steps = job?.steps ?? [];
      const check = steps.findIndex((step) => step.name === "Controlla i contenuti");
      const tests = steps.findIndex((step) => step.run?.includes(".ci/run") === true);
      expect(check).toBeGreaterThanOrEqual(0);
      expect(steps[check]?.run).toContain("npm run check:content");
      expect(tests).toBeGreaterThan(check);
    }
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
    expect(packageJson.scripts["deploy:count"]).toBe("node scripts/dev/count-deploy-files.ts");
  });
});

describe("the newsletter workflow", () => {
  const job = newsletter.jobs["send"]!;
  const at = (test: (step: Step) => boolean) => job.steps.findIndex(test);
  const build = at((step) => step.run?.includes("npm run build") === true);
  const send = at((step) => step.run?.includes("npm run newsletter:send") === true);
  const sendStep = job.steps[send]!;

  it("runs only when the secretariat starts it, with the issue's number required", () => {
    expect(Object.keys(newsletter.on)).toEqual(["workflow_dispatch"]);
    const inputs = newsletter.on["workflow_dispatch"]?.inputs ?? {};
    expect(Object.keys(inputs)).toEqual(["numero", "prova", "programma"]);
    expect(inputs["numero"]?.required).toBe(true);
    expect(inputs["prova"]?.required).toBe(false);
    expect(inputs["programma"]?.required).toBe(false);
  });

  it("builds with the settings the deploy builds with, then sends", () => {
    expect(build).toBeGreaterThanOrEqual(0);
    expect(send).toBeGreaterThan(build);
    const deployBuildSettings = Object.keys(workflow.jobs["deploy"]?.env ?? {}).filter(
      (name) => name !== "DEPLOY_FILE_LIMIT",
    );
    expect(Object.keys(job.env ?? {}).sort()).toEqual(deployBuildSettings.sort());
    for (const name of deployBuildSettings) {
      expect(job.env?.[name]).toBe(workflow.jobs["deploy"]?.env?.[name]);
    }
    expect(packageJson.scripts["newsletter:send"]).toBe("node scripts/editors/newsletter/send.ts");
  });

  it("hands the inputs to the shell as variables, never pasted into the script", () => {
    expect(sendStep.run).not.toContain("${{");
    expect(sendStep.env).toMatchObject({
      ISSUE: "${{ inputs.numero }}",
      TEST_ADDRESS: "${{ inputs.prova }}",
      SCHEDULE: "${{ inputs.programma }}",
    });
    expect(sendStep.run).toContain('"$ISSUE"');
    expect(sendStep.run).toContain('--test "$TEST_ADDRESS"');
    expect(sendStep.run).toContain('--schedule "$SCHEDULE"');
  });

  it("takes the token from a secret, and listmonk's address, user, lists and template from variables", () => {
    expect(sendStep.env).toMatchObject({
      LISTMONK_URL: "${{ vars.LISTMONK_URL }}",
      LISTMONK_API_USER: "${{ vars.LISTMONK_API_USER }}",
      LISTMONK_API_TOKEN: "${{ secrets.LISTMONK_API_TOKEN }}",
      LISTMONK_LIST_IDS: "${{ vars.LISTMONK_LIST_IDS }}",
      LISTMONK_TEMPLATE_ID: "${{ vars.LISTMONK_TEMPLATE_ID }}",
    });
    // The build has no use for listmonk's credentials.
    expect(Object.keys(job.env ?? {}).filter((name) => name.startsWith("LISTMONK_"))).toEqual([]);
  });
});
