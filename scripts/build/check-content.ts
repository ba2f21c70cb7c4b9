/**
 * The content check: `npm run check:content [folder]`. Reads every file under the content
 * folder (default content/, or CONTENT_DIR), validates it with the site's own schemas and rules,
 * and lists every problem at once, in Italian. Exit status 1 when there is any error.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { contentFolder } from "../../src/collections.ts";
import { checkFolder } from "./content-check/check-folder.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const shownRoot = process.argv[2] ?? contentFolder;
const contentRoot = path.resolve(shownRoot);

if (!existsSync(contentRoot) || !statSync(contentRoot).isDirectory()) {
  console.error(`La cartella dei contenuti ${shownRoot} non esiste.`);
  process.exit(1);
}

const { status, report } = checkFolder(projectRoot, shownRoot);
console.log(report);
process.exitCode = status;
