/**
 * The content check: `npm run check:content [folder]`. Reads every file under the content
 * folder (default content/, or CONTENT_DIR), validates it with the site's own schemas and rules,
 * and lists every problem at once, in Italian. Exit status 1 when there is any error.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { formatProblem } from "../src/lib/content-errors.ts";
import { runCheck } from "./content-check/run.ts";
import { formatSummary, summarize } from "./content-check/summary.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");
const shownRoot = process.argv[2] ?? process.env["CONTENT_DIR"] ?? "content";
const contentRoot = path.resolve(shownRoot);

if (!existsSync(contentRoot) || !statSync(contentRoot).isDirectory()) {
  console.error(`La cartella dei contenuti ${shownRoot} non esiste.`);
  process.exit(1);
}

const started = performance.now();
const { context, errors, warnings } = runCheck({
  projectRoot,
  contentRoot,
  shownRoot: shownRoot.replace(/\/+$/, "") || ".",
  now: new Date(),
});
const seconds = ((performance.now() - started) / 1000).toFixed(2);

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

if (errors.length > 0) {
  console.log(
    `${plural(errors.length, "errore", "errori")} (file:riga  campo  problema  cosa fare):`,
  );
  for (const finding of errors) console.log(formatProblem(finding));
  console.log("");
}
if (warnings.length > 0) {
  console.log(`${plural(warnings.length, "avviso", "avvisi")}:`);
  for (const finding of warnings) console.log(formatProblem(finding));
  console.log("");
}
console.log(formatSummary(summarize(context)));
console.log(
  `\nControllati ${plural(context.entries.length + context.otherFiles.length, "file", "file")} in ${seconds} s: ` +
    `${plural(errors.length, "errore", "errori")}, ${plural(warnings.length, "avviso", "avvisi")}.`,
);
if (errors.length > 0) {
  console.log("Correggi gli errori: finché ci sono, il sito non viene pubblicato.");
  process.exitCode = 1;
}
