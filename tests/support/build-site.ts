import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildEnvironment } from "../../scripts/build/build-environment.ts";
import { DEFAULT_SEARCH_INDEX_CACHE } from "../../scripts/build/search-index-cache.ts";
import { DEPLOY_SETTING_NAMES } from "../../src/lib/site/deploy-settings.ts";
import { withAstroFolder } from "./astro-folder";
import { runCommand, type CommandResult } from "./run-command";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const outputRoot = path.join(projectRoot, "tests/.output");

/** The real content, which editors change every week: tests assert only what holds for any. */
export const realContent = path.join(projectRoot, "content");
/** The real site, as `npm run build` makes it. */
export const realSiteDist = path.join(projectRoot, "dist");
/** The fixture site: drafts, scheduled articles and edge cases that the real content lacks. */
export const fixtureContent = path.join(projectRoot, "tests/fixtures/site/content");
export const fixtureDist = path.join(outputRoot, "fixture-dist");
/**
 * A copy of the real content with one of each thing an editor adds (tests/support/extended-content.ts),
 * so the general tests run on the content of the week after next too.
 */
export const extendedContent = path.join(outputRoot, "extended-content");
export const extendedDist = path.join(outputRoot, "extended-dist");

/**
 * Settings the tests build with, so nothing depends on the machine's environment: every deploy
 * setting empty but the address.
 */
export const testEnvironment = {
  ...Object.fromEntries(DEPLOY_SETTING_NAMES.map((name) => [name, ""])),
  SITE_URL: "https://distretto-test.example",
  ASTRO_TELEMETRY_DISABLED: "1",
};

/**
 * The deploy's settings that the machine has, over the tests' own, for the real site: in the
 * deploy workflow's job, which sets them, the tests check the very dist/ that is published;
 * elsewhere, with none set, this is testEnvironment. Its search index is kept where
 * `npm run build` keeps it, in the folder CI keeps: the site CI publishes takes the last index
 * when its pages have not changed, as a deploy's build would.
 */
export const realSiteEnvironment: Record<string, string> = {
  ...testEnvironment,
  SEARCH_INDEX_CACHE: path.join(projectRoot, DEFAULT_SEARCH_INDEX_CACHE),
  ...Object.fromEntries(
    DEPLOY_SETTING_NAMES.flatMap((name) => {
      const value = process.env[name];
      return value ? [[name, value]] : [];
    }),
  ),
};

/** Where the fixture site's join form posts: a local server the form tests start on this port. */
export const FORM_RECEIVER_PORT = 4599;
/** Where the fixture site's updates form subscribes: the fake listmonk the tests start here. */
export const FAKE_LISTMONK_PORT = 4598;
/** The fixture site's two listmonk lists, which the reader chooses between. */
export const FIXTURE_LISTS = [
  { uuid: "6c1f0a3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b", label: "Notizie del distretto" },
  { uuid: "9d2e1b4f-3c5e-4f60-9b0c-1d2e3f4a5b6c", label: "Eventi e incontri" },
] as const;
/** The fixture site has browser editing configured; the real site's test build has not. */
export const fixtureCmsEnvironment = {
  CMS_GITHUB_REPO: "distretto-test/sito",
  CMS_GITHUB_BRANCH: "main",
  CMS_AUTH_URL: "https://accesso.distretto-test.example",
};
export const fixtureEnvironment = {
  ...fixtureCmsEnvironment,
  PUBLIC_CONTACT_EMAIL: "segreteria@distretto-test.example",
  PUBLIC_JOIN_ENDPOINT: `http://127.0.0.1:${FORM_RECEIVER_PORT}/adesione`,
  PUBLIC_SUBSCRIBE_ENDPOINT: `http://127.0.0.1:${FAKE_LISTMONK_PORT}`,
  PUBLIC_SUBSCRIBE_LISTS: FIXTURE_LISTS.map((list) => `${list.uuid}=${list.label}`).join(","),
};

/**
 * The extended site has the secretariat's e-mail and no form: between the fixture's form and the
 * real site's test build, which has neither, the join offer's third case.
 */
export const extendedEnvironment = {
  PUBLIC_CONTACT_EMAIL: "segreteria@distretto-esteso.example",
};

export type { CommandResult as BuildResult } from "./run-command";

/**
 * Runs the real build as `npm run build` does after its content check (`astro build`, then the
 * search index and social cards) on a content folder, into its own output and cache folders.
 */
export async function buildSite(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<CommandResult> {
  const name = path.basename(outDir);
  mkdirSync(outputRoot, { recursive: true });
  // A content cache left by an earlier run can point at files that no longer exist; and the
  // test sites run Pagefind, rather than take the index an earlier run left.
  const cacheDir = path.join(outputRoot, `cache-${name}`);
  const searchIndexCache = `${cacheDir}-search-index`;
  for (const folder of [cacheDir, searchIndexCache])
    rmSync(folder, { recursive: true, force: true });
  const options = {
    cwd: projectRoot,
    env: buildEnvironment({
      ...testEnvironment,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: cacheDir,
      SEARCH_INDEX_CACHE: searchIndexCache,
      ...env,
    }),
  };
  const build = await withAstroFolder(() =>
    runCommand("astro", ["build", "--outDir", outDir], options),
  );
  if (build.status !== 0) return build;
  // The last step reads only the built folder: it runs beside other builds.
  const finish = await runCommand(
    process.execPath,
    ["scripts/build/finish-build.ts", outDir],
    options,
  );
  return { status: finish.status, output: `${build.output}\n${finish.output}` };
}
