import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtSites, siteRows } from "./support/sites";

const execFileAsync = promisify(execFile);

const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
const java = process.env["JAVA_PATH"] ?? "java";

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/**
 * The W3C's Nu HTML Checker on every page of the given folders, in one run: a Java virtual
 * machine per folder cost about 5 s of CPU each to start and warm up. The report must have a
 * list of messages: one of another shape (a new version of the checker) fails rather than
 * passing as "no message".
 */
async function nuMessages(folders: readonly string[]): Promise<NuMessage[]> {
  const args = ["-jar", vnuJar, "--errors-only", "--skip-non-html", "--format", "json"];
  const run = await execFileAsync(java, [...args, "--exit-zero-always", ...folders], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: unknown) => {
    throw new Error(`The Nu HTML Checker did not run (${java}): ${String(error)}`);
  });
  // The checker writes its JSON report to standard error.
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
  return messages as NuMessage[];
}

/** The errors of the pages under one folder of the run, one line each. */
const errorsIn = (messages: readonly NuMessage[], folder: string) =>
  messages
    .filter((message) => message.url.startsWith(`file:${folder}/`))
    .map(
      (message) =>
        `${message.url.replace(`file:${folder}`, "")}:${message.lastLine ?? "?"} ${message.message}`,
    );

/**
 * listmonk's own template tags in a newsletter's links, which listmonk replaces with each
 * subscriber's addresses before sending: not addresses yet, so not valid ones.
 */
const LISTMONK_LINK = /Bad value “\{\{ (MessageURL|UnsubscribeURL) \}\}” for attribute “href”/;

describe("the W3C's Nu HTML Checker", () => {
  // A page with two errors beside the built sites: no <title>, and a <div> inside a <span>.
  const invalid = mkdtempSync(path.join(tmpdir(), "nu-html-"));
  writeFileSync(
    path.join(invalid, "index.html"),
    '<!doctype html><html lang="it"><head><meta charset="utf-8"></head>' +
      "<body><span><div>testo</div></span></body></html>\n",
  );
  let messages: NuMessage[] = [];
  beforeAll(async () => {
    messages = await nuMessages([invalid, ...builtSites.map((site) => site.dist)]);
  });
  afterAll(() => {
    rmSync(invalid, { recursive: true, force: true });
  });

  it("reports the errors of an invalid page, so that no report means no error", () => {
    expect(errorsIn(messages, invalid)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/index\.html:1 .*title/),
        expect.stringMatching(/^\/index\.html:1 .*“div” not allowed as child of element “span”/),
      ]),
    );
  });

  it.each(siteRows())("finds no error on any page or e-mail of %s", (_name, { dist }) => {
    expect(errorsIn(messages, dist).filter((error) => !LISTMONK_LINK.test(error))).toEqual([]);
  });
});
