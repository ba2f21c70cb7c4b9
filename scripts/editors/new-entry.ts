/**
 * Creates a new content file from a template: `npm run new -- news "Titolo dell'articolo"`
 * (also `member`, `committee`, `district`, `event`, `group`, `page`), or the English version of
 * an existing entry: `npm run new -- en district chi-siamo "Who we are"` (new-translation.ts).
 * The file goes in the right folder, named after the title, with today's date in Italy and
 * every required field present; it never overwrites an existing file (create-entry.ts).
 * CONTENT_DIR chooses another content folder.
 */
import { contentFolder } from "../../src/collections.ts";
import { createEntry } from "./create-entry.ts";

const { status, stdout, stderr } = createEntry(process.argv.slice(2), contentFolder);
if (stdout) console.log(stdout);
if (stderr) console.error(stderr);
process.exitCode = status;
