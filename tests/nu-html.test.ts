import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { siteRows } from "./support/sites";

const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
const java = process.env["JAVA_PATH"] ?? "java";

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** The W3C's Nu HTML Checker on every page of a built site: its errors, one line each. */
function nuErrors(dist: string): string[] {
  const run = spawnSync(
    java,
    [
      "-jar",
      vnuJar,
      "--errors-only",
      "--skip-non-html",
      "--format",
      "json",
      "--exit-zero-always",
      dist,
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    throw new Error(
      `The Nu HTML Checker did not run (${java}): ${run.error?.message ?? run.stderr}`,
    );
  }
  // The checker writes its JSON report to standard error.
  const report = JSON.parse(run.stderr) as { messages?: NuMessage[] };
  return (report.messages ?? []).map(
    (message) =>
      `${message.url.replace(`file:${dist}`, "")}:${message.lastLine ?? "?"} ${message.message}`,
  );
}

/**
 * listmonk's own template tags in a newsletter's links, which listmonk replaces with each
 * subscriber's addresses before sending: not addresses yet, so not valid ones.
 */
const LISTMONK_LINK = /Bad value “\{\{ (MessageURL|UnsubscribeURL) \}\}” for attribute “href”/;

describe("the W3C's Nu HTML Checker", () => {
  it.each(siteRows())("finds no error on any page or e-mail of %s", (_name, { dist }) => {
    expect(nuErrors(dist).filter((error) => !LISTMONK_LINK.test(error))).toEqual([]);
  });
});
