/**
 * Writes the frontmatter reference of every collection into EDITING.md, between
 * `<!-- campi:inizio -->` and `<!-- campi:fine -->`, from the schemas themselves: names, labels
 * in the browser editor, types, required or not, defaults, allowed values, and each field's JSDoc
 * comment in src/schemas/ (read by scripts/lib/schema-fields.ts, which the CMS shares).
 * `--check` writes nothing and fails when EDITING.md is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { COLLECTION_NAMES, registry } from "../src/collections.ts";
import { collectionFields, type SchemaField } from "./lib/schema-fields.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");
const guide = path.join(projectRoot, "EDITING.md");
const START = "<!-- campi:inizio -->";
const END = "<!-- campi:fine -->";

const KIND_WORDS: Record<SchemaField["kind"], string> = {
  text: "testo",
  url: "indirizzo web completo (https://…)",
  integer: "numero intero",
  number: "numero",
  boolean: "`true` o `false`",
  enum: "uno dei valori ammessi",
  date: "data (2026-11-30)",
  dateTime: "data (2026-11-30) o data e ora con fuso (2026-11-30T09:30:00+01:00)",
  image: "immagine accanto al file (`./foto.jpg`)",
  reference: "id di un membro (nome del file, senza .md)",
  object: "gruppo di campi",
  list: "elenco",
};

/** A field's type in words, and its allowed values. */
function words(field: SchemaField): { type: string; values: string } {
  if (field.element) {
    const inner = words(field.element);
    return { ...inner, type: `elenco di: ${inner.type}` };
  }
  return { type: KIND_WORDS[field.kind], values: field.values?.join(", ") ?? "" };
}

function requirement(field: SchemaField): string {
  if ("defaultValue" in field) return `no (se manca: \`${JSON.stringify(field.defaultValue)}\`)`;
  return field.required ? "**sì**" : "no";
}

/** One row per field, then its nested fields (an object's, or a list of objects'). */
function rows(fields: readonly SchemaField[]): string[][] {
  return fields.flatMap((field) => {
    const { type, values } = words(field);
    const name = `\`${field.path}\`${field.label === field.key ? "" : ` (${field.label})`}`;
    const row = [name, type, requirement(field), values, field.hint];
    return [row, ...rows(field.fields ?? field.element?.fields ?? [])];
  });
}

const cell = (text: string) => text.replaceAll("|", "\\|");

function reference(): string {
  const sections = COLLECTION_NAMES.map((name) => {
    const collection = registry[name];
    const folder = `content/${name}/${collection.yearFolders ? "<anno>/" : ""}`;
    const table = rows(collectionFields(name)).map((row) => `| ${row.map(cell).join(" | ")} |`);
    return [
      `### ${collection.label} (\`${folder}\`)`,
      "",
      "| campo (nel modulo web) | tipo | obbligatorio | valori ammessi | descrizione |",
      "| --- | --- | --- | --- | --- |",
      ...table,
    ].join("\n");
  });
  return [
    "<!-- Generato da `npm run docs:fields` dagli schemi in src/schemas/: non modificare a mano. -->",
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
}

const current = readFileSync(guide, "utf8");
const start = current.indexOf(START);
const end = current.indexOf(END);
if (start < 0 || end < start) {
  console.error(`EDITING.md non contiene i segnaposto ${START} e ${END}.`);
  process.exit(1);
}
const updated = await prettier.format(
  `${current.slice(0, start + START.length)}\n\n${reference()}\n${current.slice(end)}`,
  { ...(await prettier.resolveConfig(guide)), filepath: guide },
);

if (process.argv.includes("--check")) {
  if (updated !== current) {
    console.error(
      "EDITING.md non è aggiornato con gli schemi: esegui npm run docs:fields e fai il commit.",
    );
    process.exit(1);
  }
  console.log("EDITING.md è aggiornato con gli schemi.");
} else {
  writeFileSync(guide, updated);
  console.log(updated === current ? "EDITING.md era già aggiornato." : "EDITING.md aggiornato.");
}
