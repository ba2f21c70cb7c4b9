/**
 * Writes the frontmatter reference of every collection into EDITING.md, between
 * `<!-- campi:inizio -->` and `<!-- campi:fine -->`, from the schemas themselves: names, types,
 * required or not, defaults, allowed values, and each field's JSDoc comment in src/schemas/.
 * `--check` writes nothing and fails when EDITING.md is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import ts from "typescript";
import { z } from "astro/zod";
import { COLLECTION_NAMES, registry } from "../src/collections.ts";
import { referenceTarget, standInHelpers, standInKind } from "../src/schemas/stand-ins.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");
const guide = path.join(projectRoot, "EDITING.md");
const START = "<!-- campi:inizio -->";
const END = "<!-- campi:fine -->";
const helpers = standInHelpers();

/** `/** … *\/` comments above each field key, by dotted path (`representatives.name`). */
function fieldComments(files: readonly string[]): Map<string, string> {
  const comments = new Map<string, string>();
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      readFileSync(path.join(projectRoot, file), "utf8"),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
        const jsDoc = (node as { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1);
        const text = ts.getTextOfJSDocComment(jsDoc?.comment);
        if (text) {
          const key = keyPath(node).join(".");
          // The collection's own file wins over shared helpers.
          if (!comments.has(key)) comments.set(key, text.replace(/\s+/g, " ").trim());
          if (!comments.has(`*.${node.name.text}`)) comments.set(`*.${node.name.text}`, text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return comments;
}

/** The keys of the object properties a property is nested in, outermost first. */
function keyPath(node: ts.PropertyAssignment): string[] {
  const keys = [(node.name as ts.Identifier).text];
  // The compiler's types say every node has a parent; the source file has none.
  for (let parent = node.parent as ts.Node | undefined; parent; parent = parent.parent) {
    if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) {
      keys.unshift(parent.name.text);
    }
  }
  return keys;
}

interface Row {
  name: string;
  type: string;
  required: string;
  values: string;
  description: string;
}

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  in?: z.core.$ZodType;
  defaultValue?: unknown;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check?: string; format?: string } } }[];
}

const defOf = (type: z.core.$ZodType) => type._zod.def as unknown as Def;

/** A field's type in words, its allowed values, and its object shape when it has one. */
function describe(type: z.core.$ZodType): { words: string; values: string; shape?: z.ZodObject } {
  const def = defOf(type);
  const kind = standInKind(type);
  if (kind === "image") return { words: "immagine accanto al file (`./foto.jpg`)", values: "" };
  if (kind === "reference") {
    const words =
      referenceTarget(type) === "groups"
        ? "id di un gruppo di lavoro (nome del file, senza .md)"
        : "id di un membro (nome del file, senza .md)";
    return { words, values: "" };
  }
  if (type instanceof z.ZodObject) return { words: "gruppo di campi", values: "", shape: type };
  if (def.innerType) return describe(def.innerType);
  if (def.type === "array" && def.element) {
    const inner = describe(def.element);
    return { ...inner, words: `elenco di: ${inner.words}` };
  }
  if (def.type === "enum") {
    return { words: "uno dei valori ammessi", values: Object.values(def.entries ?? {}).join(", ") };
  }
  if (def.type === "pipe" && def.in) {
    // A transform: what it accepts is learnt by trying, so dates need no special code.
    if (type instanceof z.ZodType && type.safeParse("2026-11-30").success) {
      return type.safeParse("2026-11-30T09:30:00+01:00").success
        ? {
            words: "data (2026-11-30) o data e ora con fuso (2026-11-30T09:30:00+01:00)",
            values: "",
          }
        : { words: "data (2026-11-30)", values: "" };
    }
    return describe(def.in);
  }
  const formats = [def.format, ...(def.checks ?? []).map((check) => check._zod.def.format)];
  if (def.type === "string" && formats.includes("url")) {
    return { words: "indirizzo web completo (https://…)", values: "" };
  }
  const words: Record<string, string> = {
    string: "testo",
    number: formats.includes("safeint") ? "numero intero" : "numero",
    boolean: "`true` o `false`",
  };
  return { words: words[def.type] ?? def.type, values: "" };
}

function requirement(type: z.core.$ZodType): string {
  const def = defOf(type);
  if (def.type === "default") return `no (se manca: \`${JSON.stringify(def.defaultValue)}\`)`;
  if (def.type === "optional") return "no";
  return "**sì**";
}

function rows(shape: z.ZodObject, comments: Map<string, string>, prefix: string[] = []): Row[] {
  return Object.entries(shape.shape as Record<string, z.ZodType>).flatMap(([key, type]) => {
    const keys = [...prefix, key];
    const { words, values, shape: nested } = describe(type);
    const description = comments.get(keys.join(".")) ?? comments.get(`*.${key}`) ?? "";
    const row: Row = {
      name: `\`${keys.join(".")}\``,
      type: words,
      required: requirement(type),
      values,
      description,
    };
    return [row, ...(nested ? rows(nested, comments, keys) : [])];
  });
}

const cell = (text: string) => text.replaceAll("|", "\\|");

function reference(): string {
  const sections = COLLECTION_NAMES.map((name) => {
    const collection = registry[name];
    const comments = fieldComments([collection.schemaFile, "src/schemas/helpers.ts"]);
    const folder = `content/${name}/${collection.yearFolders ? "<anno>/" : ""}`;
    const table = rows(collection.schema(helpers) as z.ZodObject, comments).map(
      (row) =>
        `| ${[row.name, row.type, row.required, row.values, row.description].map(cell).join(" | ")} |`,
    );
    return [
      `### ${collection.label} (\`${folder}\`)`,
      "",
      "| campo | tipo | obbligatorio | valori ammessi | descrizione |",
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
