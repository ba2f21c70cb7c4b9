import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "./support/build-site";

const dist = mkdtempSync(path.join(os.tmpdir(), "da-pubblicare-"));
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});
// Five files, two of them in nested folders; folders themselves are not files to upload.
for (const file of ["index.html", "_headers", "rss.xml", "notizie/index.html", "a/b/card.png"]) {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), "x");
}
mkdirSync(path.join(dist, "vuota"));

function count(limit: string | undefined, folder = dist) {
  const { DEPLOY_FILE_LIMIT: _inherited, GITHUB_ACTIONS: _ci, ...env } = process.env;
  const run = spawnSync(process.execPath, ["scripts/dev/count-deploy-files.ts", folder], {
    cwd: projectRoot,
    encoding: "utf8",
    env: limit === undefined ? env : { ...env, DEPLOY_FILE_LIMIT: limit },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}

describe("the deploy's file count", () => {
  it("lets a site under the host's limit through, and says how many files it has", () => {
    expect(count("10")).toEqual({
      status: 0,
      output: `${dist} contiene 5 file: l’host ne accetta fino a 10 per pubblicazione.`,
    });
  });

  it("uses the free plan's 20,000 files when no limit is set", () => {
    expect(count(undefined).output).toContain("fino a 20.000 per pubblicazione");
    expect(count("").output).toContain("fino a 20.000 per pubblicazione");
  });

  it("warns, and still lets through, a site close to the limit", () => {
    const { status, output } = count("5");
    expect(status).toBe(0);
    expect(output).toContain("presto servirà un piano che ne accetta di più");
  });

  it("stops a site over the limit before publishing, saying what to do", () => {
    const { status, output } = count("4");
    expect(status).toBe(1);
    expect(output).toContain(`${dist} contiene 5 file, ma l’host ne accetta fino a 4`);
    expect(output).toContain("scrivi il nuovo limite in DEPLOY_FILE_LIMIT");
  });

  it("refuses a limit that is not a whole number, and a folder that is not there", () => {
    expect(count("ventimila")).toMatchObject({
      status: 1,
      output: expect.stringContaining("«ventimila»"),
    });
    expect(count("10", path.join(dist, "manca"))).toMatchObject({
      status: 1,
      output: expect.stringContaining("esegui prima npm run build"),
    });
  });
});
