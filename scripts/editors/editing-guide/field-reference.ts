/**
 * The frontmatter reference of every collection, from the schemas themselves: names, labels in
 * the browser editor, types, required or not, defaults, allowed values, and each field's help
 * text (its metadata in src/schemas/, read by scripts/build/schema-fields.ts, which the CMS
 * shares).
 */
import { COLLECTION_NAMES, registry } from "../../../src/collections.ts";
import type { ReferenceTarget } from "../../../src/schemas/helpers.ts";
import { collectionFields, type SchemaField } from "../../build/schema-fields.ts";

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
  reference: "id di un'altra voce (nome del file, senza .md)",
  object: "gruppo di campi",
  list: "elenco",
};

const REFERENCE_WORDS: Record<ReferenceTarget, string> = {
  members: "id di un membro (nome del file, senza .md)",
  groups: "id di un gruppo di lavoro (nome del file, senza .md)",
  news: "id di una notizia (anno/nome del file, senza .md)",
  events: "id di un evento (nome del file, senza .md)",
  district: "id di una pagina del distretto (nome del file, senza .md)",
  committee: "id di un posto nel comitato (nome del file, senza .md)",
  pages: "id di una pagina (nome del file, senza .md)",
};

/** A field's type in words, and its allowed values. */
function words(field: SchemaField): { type: string; values: string } {
  if (field.element) {
    const inner = words(field.element);
    return { ...inner, type: `elenco di: ${inner.type}` };
  }
  const type =
    field.kind === "reference" && field.target
      ? REFERENCE_WORDS[field.target]
      : KIND_WORDS[field.kind];
  return { type, values: field.values?.join(", ") ?? "" };
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

/** The tables of EDITING.md's "Tutti i campi", one per collection. */
export function fieldReference(): string {
  const sections = COLLECTION_NAMES.map((name) => {
    const collection = registry[name];
    const folder = `content/${collection.folder}/${collection.yearFolders ? "<anno>/" : ""}`;
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
