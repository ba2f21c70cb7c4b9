/**
 * Every field of a collection as editors meet it: its key, Italian label and help text (the
 * `title` and `description` of the field's `.meta()` in src/schemas/), whether it is required,
 * its default, its kind and allowed values. Read from z.toJSONSchema() of the collection's own
 * schema, so the field reference in EDITING.md and the CMS configuration at /admin/ cannot drift
 * from the schemas, and a new collection's schema is described with nothing more.
 */
import type { ImageFunction } from "astro:content";
import { z } from "astro/zod";
import { registry, type CollectionName } from "../../src/collections.ts";
import {
  REFERENCE_TARGETS,
  type EntryReference,
  type ReferenceTarget,
  type SchemaHelpers,
} from "../../src/schemas/helpers.ts";

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
  /** The Italian label: the `title` of the field's metadata. */
  label: string;
  /** The help text editors read: the `description` of the field's metadata. */
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

type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * Astro's `image()` and `reference()` (and the content check's stand-ins for them) turn the path
 * or id an editor writes into something else, and z.toJSONSchema() cannot see through a
 * transform: it would call both a plain string, and drop the default of a list of them. The
 * fields are described with these instead: the string an editor writes, marked with what it
 * names.
 */
const describedHelpers: SchemaHelpers = {
  image: (() => z.string().meta({ standIn: "image" })) as unknown as ImageFunction,
  reference: <Target extends ReferenceTarget>(target: Target) =>
    z.string().meta({ standIn: "reference", target }) as unknown as z.ZodType<
      EntryReference<Target>
    >,
};

/** A field's JSON schema: an object, where JSON Schema also allows `true`, `false` or a tuple. */
function node(schema: unknown, path: string): JsonSchema {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new Error(`The field ${path} has no JSON schema of its own.`);
  }
  return schema as JsonSchema;
}

type Shape = Pick<SchemaField, "kind" | "values" | "target">;

function shapeOf(schema: JsonSchema, path: string): Shape {
  if (schema["standIn"] === "image") return { kind: "image" };
  if (schema["standIn"] === "reference") {
    const target = REFERENCE_TARGETS.find((name) => name === schema["target"]);
    return { kind: "reference", ...(target && { target }) };
  }
  if (schema.enum) return { kind: "enum", values: schema.enum.map(String) };
  // Dates declare the forms they accept (src/schemas/dates.ts).
  const formats = (schema.anyOf ?? [schema]).map((option) => option.format);
  if (formats.includes("date-time")) return { kind: "dateTime" };
  if (formats.includes("date")) return { kind: "date" };
  switch (schema.type) {
    case "object":
      // A record (keys of the editor's choosing) has no fields to show.
      if (schema.properties) return { kind: "object" };
      break;
    case "array":
      return { kind: "list" };
    case "string":
      return { kind: schema.format === "uri" ? "url" : "text" };
    case "integer":
      return { kind: "integer" };
    case "number":
      return { kind: "number" };
    case "boolean":
      return { kind: "boolean" };
  }
  throw new Error(`The field ${path} (${JSON.stringify(schema)}) has no kind for editors yet.`);
}

type Words = Pick<JsonSchema, "title" | "description">;

/** A field; a list's element, which has no metadata of its own, takes the list's words. */
function describeField(
  key: string,
  schema: JsonSchema,
  prefix: readonly string[],
  required: boolean,
  listWords?: Words,
): SchemaField {
  const keys = [...prefix, key];
  const path = keys.join(".");
  const { title, description } = schema.title ? schema : (listWords ?? {});
  if (!title || !description) {
    throw new Error(`The field ${path} needs .meta({ title, description }) in its schema.`);
  }
  const shape = shapeOf(schema, path);
  return {
    key,
    path,
    label: title,
    hint: description,
    required,
    ...("default" in schema && { defaultValue: schema.default }),
    ...shape,
    // A list's element is described under the list's own key, and its fields below it.
    ...(shape.kind === "list" && {
      element: describeField(key, node(schema.items, path), prefix, true, {
        title,
        description,
      }),
    }),
    ...(shape.kind === "object" && { fields: describeObject(schema, keys) }),
  };
}

function describeObject(schema: JsonSchema, prefix: readonly string[]): SchemaField[] {
  const required = new Set(schema.required);
  return Object.entries(schema.properties ?? {}).map(([key, property]) =>
    describeField(key, node(property, [...prefix, key].join(".")), prefix, required.has(key)),
  );
}

/** The fields of a schema written as a function of the helpers, in the schema's order. */
export function schemaFields(schema: (helpers: SchemaHelpers) => z.ZodType): SchemaField[] {
  // What editors write is the schema's input, where a field with a default may be left out; a
  // Date (YAML's bare day) has no JSON Schema, and the dates say what they accept instead.
  const json = z.toJSONSchema(schema(describedHelpers), { io: "input", unrepresentable: "any" });
  if (json.type !== "object") throw new Error("A collection's schema must be an object.");
  return describeObject(json, []);
}

/** The frontmatter fields of a collection, in the schema's order. */
export function collectionFields(name: CollectionName): SchemaField[] {
  return schemaFields(registry[name].schema);
}

/** Every field, nested ones included, in reading order. */
export function flattenFields(fields: readonly SchemaField[]): SchemaField[] {
  return fields.flatMap((field) => [
    field,
    ...flattenFields(field.fields ?? field.element?.fields ?? []),
  ]);
}
