import {
  buildSite,
  fixtureContent,
  fixtureDist,
  fixtureEnvironment,
  realSiteDist,
} from "./support/build-site";

/** Builds the real site and the fixture site once; every built-site test reads their output. */
export default function setup() {
  if (process.env["SKIP_SITE_BUILD"] === "1") return;
  for (const [content, outDir, env] of [
    ["./content", realSiteDist, {}],
    [fixtureContent, fixtureDist, fixtureEnvironment],
  ] as const) {
    const { status, output } = buildSite(content, outDir, env);
    if (status !== 0) throw new Error(`Build of ${content} failed:\n${output}`);
  }
}
