import type { z } from "astro/zod";
import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import type { Rule } from "../context.ts";
import type { Reporter } from "../reporter.ts";
import { nearest } from "../names.ts";
import type { Entry } from "../context.ts";
import { fieldName } from "../field-name.ts";
import { collectionShape, objectInside } from "../schema-shapes.ts";

/**
 * Frontmatter keys no schema knows would be dropped without a word (`autore:` and the article is
 * signed "Redazione"): an error, with the nearest known name.
 */
export const unknownKeys: Rule = (context, report) => {
  for (const entry of context.entries) {
    const schema = collectionShape(entry.collection);
    if (entry.frontmatter && schema) walk(entry, report, schema, entry.frontmatter.data, []);
  }
};

function walk(
  entry: Entry,
  report: Reporter,
  schema: z.ZodObject,
  value: unknown,
  path: (string | number)[],
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(entry, report, schema, item, [...path, index]);
    });
    return;
  }
  if (typeof value !== "object" || value === null || value instanceof Date) return;
  const known = Object.keys(schema.shape);
  for (const [key, inner] of Object.entries(value)) {
    const field = (schema.shape as Partial<Record<string, z.ZodType>>)[key];
    if (field) {
      const nested = objectInside(field);
      if (nested) walk(entry, report, nested, inner, [...path, key]);
      continue;
    }
    const place = {
      file: entry.shownFile,
      line: entry.frontmatter?.lineOf([...path, key]) ?? 1,
      field: fieldName([...path, key]),
    };
    // A rule that knows why the field is wrong (a draft where there are none) has said so.
    if (report.hasError(place.file, place.line, place.field)) continue;
    report.add(place, editorMessage("UnknownField", { guess: nearest(key, known), known }));
  }
}
