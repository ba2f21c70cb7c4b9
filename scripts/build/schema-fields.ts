/**
 * Every field of a collection as editors meet it: its key, Italian label and help text (the
 * JSDoc comment above the field in src/schemas/, `@label` giving the label), whether it is
 * required, its default, its kind and allowed values. Read from the schemas themselves, so the
 * field reference in EDITING.md and the CMS configuration at /admin/ cannot drift from them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { z } from "astro/zod";
import { registry, type CollectionName } from "../../src/collections.ts";
import type { ReferenceTarget } from "../../src/schemas/helpers.ts";
import { referenceTarget, standInHelpers, standInKind } from "../../src/schemas/stand-ins.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
/** Shared pieces (an image with its alt) are documented once, in helpers.ts. */
const SHARED_SCHEMA_FILE = "src/schemas/helpers.ts";

export type FieldKind =
  | "text"
  | "url"
  | "integer"
  | "number"
  | "boolean"
  | "enum"
  /** A calendar day, `2026-11-30`. */
  | "date"
  /** A calendar day or a date-time with its offset. */
  | "dateTime"
  | "image"
  | "reference"
  | "object"
  | "list";

export interface SchemaField {
  key: string;
  /** Dotted, from the top of the frontmatter: `representatives.name`. */
  path: string;
  /** The Italian label (`@label` in the comment); the key when there is none. */
  label: string;
  /** The comment's text, which editors read as help. */
  hint: string;
  required: boolean;
  /** The value the schema fills in when the field is missing, if it has one. */
  defaultValue?: unknown;
  kind: FieldKind;
  /** The allowed values of an enum. */
  values?: readonly string[];
  /** The collection a reference points to. */
  target?: ReferenceTarget;
  /** What a list holds. */
  element?: SchemaField;
  /** The fields of an object. */
  fields?: SchemaField[];
}

interface FieldComment {
  hint: string;
  label?: string;
}

/** `/** … *\/` comments above each field key, by dotted path (`representatives.name`). */
function fieldComments(files: readonly string[]): Map<string, FieldComment> {
  const comments = new Map<string, FieldComment>();
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
        const hint = ts.getTextOfJSDocComment(jsDoc?.comment);
        if (jsDoc && hint) {
          const label = jsDoc.tags?.find((tag) => tag.tagName.text === "label");
          const comment = {
            hint: hint.replace(/\s+/g, " ").trim(),
            ...(label && { label: ts.getTextOfJSDocComment(label.comment)?.trim() ?? "" }),
          };
          const key = keyPath(node).join(".");
          // The collection's own file wins over shared helpers.
          if (!comments.has(key)) comments.set(key, comment);
          if (!comments.has(`*.${node.name.text}`)) comments.set(`*.${node.name.text}`, comment);
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

type Shape = Pick<SchemaField, "kind" | "values" | "target"> & {
  element?: z.core.$ZodType;
  object?: z.ZodObject;
};

/** A field's kind, looking through optional, default and transforms. */
function shapeOf(type: z.core.$ZodType): Shape {
  const def = defOf(type);
  const standIn = standInKind(type);
  if (standIn === "image") return { kind: "image" };
  if (standIn === "reference") {
    const target = referenceTarget(type);
    return { kind: "reference", ...(target && { target }) };
  }
  if (type instanceof z.ZodObject) return { kind: "object", object: type };
  if (def.innerType) return shapeOf(def.innerType);
  if (def.type === "array" && def.element) return { kind: "list", element: def.element };
  if (def.type === "enum") return { kind: "enum", values: Object.values(def.entries ?? {}) };
  if (def.type === "pipe" && def.in) {
    // A transform: what it accepts is learnt by trying, so dates need no special code.
    if (type instanceof z.ZodType && type.safeParse("2026-11-30").success) {
      return { kind: type.safeParse("2026-11-30T09:30:00+01:00").success ? "dateTime" : "date" };
    }
    return shapeOf(def.in);
  }
  const formats = [def.format, ...(def.checks ?? []).map((check) => check._zod.def.format)];
  if (def.type === "string") return { kind: formats.includes("url") ? "url" : "text" };
  if (def.type === "number") return { kind: formats.includes("safeint") ? "integer" : "number" };
  if (def.type === "boolean") return { kind: "boolean" };
  throw new Error(`A schema field of type ${def.type} has no description for editors yet.`);
}

function describeField(
  key: string,
  type: z.core.$ZodType,
  prefix: readonly string[],
  comments: Map<string, FieldComment>,
): SchemaField {
  const keys = [...prefix, key];
  const def = defOf(type);
  const comment = comments.get(keys.join(".")) ?? comments.get(`*.${key}`);
  const { element, object, ...shape } = shapeOf(type);
  return {
    key,
    path: keys.join("."),
    label: comment?.label || key,
    hint: comment?.hint ?? "",
    required: def.type !== "optional" && def.type !== "default",
    ...(def.type === "default" && { defaultValue: def.defaultValue }),
    ...shape,
    // A list's element is described under the list's own key, as the comments are.
    ...(element && { element: describeField(key, element, prefix, comments) }),
    ...(object && { fields: describeObject(object, keys, comments) }),
  };
}

function describeObject(
  object: z.ZodObject,
  prefix: readonly string[],
  comments: Map<string, FieldComment>,
): SchemaField[] {
  return Object.entries(object.shape as Record<string, z.core.$ZodType>).map(([key, type]) =>
    describeField(key, type, prefix, comments),
  );
}

const helpers = standInHelpers();

/** The frontmatter fields of a collection, in the schema's order. */
export function collectionFields(name: CollectionName): SchemaField[] {
  const collection = registry[name];
  const comments = fieldComments([collection.schemaFile, SHARED_SCHEMA_FILE]);
  // zod 4 keeps a refined object (news checks its dates) an object.
  const schema = collection.schema(helpers);
  if (!(schema instanceof z.ZodObject)) {
    throw new Error(`The schema of ${name} is not an object of fields.`);
  }
  return describeObject(schema, [], comments);
}

/** Every field, nested ones included, in reading order. */
export function flattenFields(fields: readonly SchemaField[]): SchemaField[] {
  return fields.flatMap((field) => [
    field,
    ...flattenFields(field.fields ?? field.element?.fields ?? []),
  ]);
}
