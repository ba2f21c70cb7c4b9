/**
 * Writes the generated parts of EDITING.md: the reference of every field, from the schemas,
 * between `<!-- campi:inizio -->` and `<!-- campi:fine -->`, and the list of the messages the
 * check and the build give, from their catalogue, between `<!-- messaggi:inizio -->` and
 * `<!-- messaggi:fine -->`. `--check` writes nothing and fails when EDITING.md is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { fieldReference } from "./editing-guide/field-reference.ts";
import { messageList } from "./editing-guide/message-list.ts";

const guide = path.resolve(import.meta.dirname, "../../EDITING.md");
const blocks = [
  { name: "campi", text: fieldReference() },
  { name: "messaggi", text: messageList() },
];

const current = readFileSync(guide, "utf8");
let next = current;
for (const { name, text } of blocks) {
  const start = `<!-- ${name}:inizio -->`;
  const end = `<!-- ${name}:fine -->`;
  const from = next.indexOf(start);
  const to = next.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`EDITING.md non contiene i segnaposto ${start} e ${end}.`);
    process.exit(1);
  }
  next = `${next.slice(0, from + start.length)}\n\n${text}\n${next.slice(to)}`;
}
const updated = await prettier.format(next, {
  ...(await prettier.resolveConfig(guide)),
  filepath: guide,
});

if (process.argv.includes("--check")) {
  if (updated !== current) {
    console.error(
      "EDITING.md non è aggiornato con gli schemi e i messaggi: esegui npm run docs:fields e fai il commit.",
    );
    process.exit(1);
  }
  console.log("EDITING.md è aggiornato con gli schemi e i messaggi.");
} else {
  writeFileSync(guide, updated);
  console.log(updated === current ? "EDITING.md era già aggiornato." : "EDITING.md aggiornato.");
}
