/**
 * The content check: `npm run check:content [folder]`. Reads every file under the content
 * folder (default content/, or CONTENT_DIR), validates it with the site's own schemas and rules,
 * and lists every problem at once, in Italian. Exit status 1 when there is any error.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { contentFolder } from "../../src/collections.ts";
import { formatCheckReport } from "./content-check/report-text.ts";
import { runCheck } from "./content-check/run.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const shownRoot = process.argv[2] ?? contentFolder;
const contentRoot = path.resolve(shownRoot);

if (!existsSync(contentRoot) || !statSync(contentRoot).isDirectory()) {
  console.error(`La cartella dei contenuti ${shownRoot} non esiste.`);
  process.exit(1);
}

const started = performance.now();
const result = runCheck({
  projectRoot,
  contentRoot,
  shownRoot: shownRoot.replace(/\/+$/, "") || ".",
  now: new Date(),
});
console.log(formatCheckReport(result, (performance.now() - started) / 1000));
if (result.errors.length > 0) process.exitCode = 1;
