import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
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
  // The checker writes its JSON report to standard error. A report of another shape (a new
  // version of the checker) fails the test rather than passing as "no message".
  const report = JSON.parse(run.stderr) as { messages?: unknown } | null;
  const messages = report?.messages;
  if (!Array.isArray(messages)) {
    throw new Error(`The Nu HTML Checker's report has no list of messages: ${run.stderr}`);
  }
  for (const message of messages) {
    expect(message, "a message of the Nu HTML Checker's report").toMatchObject({
      type: expect.any(String),
      url: expect.any(String),
      message: expect.any(String),
    });
  }
  return (messages as NuMessage[]).map(
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
  it("reports the errors of an invalid page, so that no report means no error", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "nu-html-"));
    try {
      // No <title>, and a <div> inside a <span>.
      writeFileSync(
        path.join(folder, "index.html"),
        '<!doctype html><html lang="it"><head><meta charset="utf-8"></head>' +
          "<body><span><div>testo</div></span></body></html>\n",
      );
      const errors = nuErrors(folder);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\/index\.html:1 .*title/),
          expect.stringMatching(/^\/index\.html:1 .*“div” not allowed as child of element “span”/),
        ]),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each(siteRows())("finds no error on any page or e-mail of %s", (_name, { dist }) => {
    expect(nuErrors(dist).filter((error) => !LISTMONK_LINK.test(error))).toEqual([]);
  });
});
