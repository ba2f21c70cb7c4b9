/**
 * A schema field as a field of the browser editor (Sveltia CMS): the widget that writes what the
 * schema reads, with the schema's label, help text, required flag, default and allowed values.
 */
import type { Field } from "@sveltia/cms";
import { isCollectionName, registry } from "../../../src/collections.ts";
import { memberTypeLabels, provinceNames } from "../../../src/i18n/it.ts";
import { SITE_TIME_ZONE } from "../../../src/lib/text/dates.ts";
import type { SchemaField } from "../schema-fields.ts";

/**
 * Readers' names for the values of a closed list, where the site has them: a select shows
 * "Università" and writes `universita`. A list is matched by its exact set of values.
 */
const OPTION_LABELS: readonly Readonly<Record<string, string>>[] = [
  memberTypeLabels,
  provinceNames,
];

function options(values: readonly string[]) {
  const labels = OPTION_LABELS.find((dictionary) => {
    const keys = Object.keys(dictionary);
    return keys.length === values.length && values.every((value) => keys.includes(value));
  });
  return values.map((value) => ({ label: labels?.[value] ?? value, value }));
}

/** How an entry names the entries of another collection: its file name, without `.md`. */
export const REFERENCE_VALUE = "{{slug}}";

const inYearFolders = (collection: string) =>
  isCollectionName(collection) && registry[collection].yearFolders;

const ARTICLE_ID_PATTERN: [string, string] = [
  "^\\d{4}/[a-z0-9]+(-[a-z0-9]+)*$",
  "Scrivi l'anno e il nome del file della notizia senza .md, come 2026/nasce-il-distretto.",
];

/** What a collection's entries are called by in lists and pickers. */
export type IdentifierOf = (collection: string) => string;

const URL_PATTERN: [string, string] = [
  "^https?://[^\\s/]+\\.[^\\s]+$",
  "Scrivi l'indirizzo completo, che comincia con https:// (per esempio https://www.esempio.it).",
];

/** The widget and its options, without the common label, hint and required flag. */
function widget(field: SchemaField, identifierOf: IdentifierOf): Record<string, unknown> {
  const initial = "defaultValue" in field ? { default: field.defaultValue } : {};
  switch (field.kind) {
    case "text":
      return { widget: "string", ...initial };
    case "url":
      return { widget: "string", type: "url", pattern: URL_PATTERN, ...initial };
    case "integer":
      return { widget: "number", value_type: "int", step: 1, ...initial };
    case "number":
      return { widget: "number", value_type: "float", ...initial };
    case "boolean":
      return { widget: "boolean", default: false, ...initial };
    case "enum":
      return { widget: "select", options: options(field.values ?? []), ...initial };
    case "date":
      // A bare calendar day, which the schema reads as that day in Rome.
      return { widget: "datetime", type: "date", format: "YYYY-MM-DD", ...initial };
    case "dateTime":
      // Picked on Rome's clock and written with its offset (2026-11-30T09:30:00+01:00), which the
      // schema requires of a date-time.
      return {
        widget: "datetime",
        type: "datetime-local",
        input_timezone: SITE_TIME_ZONE,
        format: "YYYY-MM-DDTHH:mm:ssZ",
        ...initial,
      };
    case "image":
      // Uploaded next to the entry (the collection's media folder); never a link elsewhere.
      return { widget: "image", choose_url: false, accept: "image/*" };
    case "reference": {
      const target = field.target ?? "members";
      // Sveltia's relation stores an entry's file name (`{{slug}}`) and has no tag for the
      // folder above it, which an article's id includes (2026/titolo): typed, then checked.
      if (inYearFolders(target)) return { widget: "string", pattern: ARTICLE_ID_PATTERN };
      const identifier = identifierOf(target);
      return {
        widget: "relation",
        collection: target,
        value_field: REFERENCE_VALUE,
        search_fields: [identifier],
        display_fields: [identifier],
      };
    }
    case "object":
      return { widget: "object", fields: cmsFields(field.fields ?? [], identifierOf) };
    case "list": {
      const element = field.element;
      if (element?.kind === "reference" && inYearFolders(element.target ?? "members")) {
        return {
          widget: "list",
          field: { name: field.key, label: field.label, ...widget(element, identifierOf) },
          ...initial,
        };
      }
      if (element?.kind === "reference" || element?.kind === "enum") {
        // A list of members is one picker that takes several.
        return { ...widget(element, identifierOf), multiple: true, ...initial };
      }
      if (element?.kind === "object") {
        return {
          widget: "list",
          fields: cmsFields(element.fields ?? [], identifierOf),
          ...initial,
        };
      }
      return { widget: "list", ...initial };
    }
  }
}

/** The CMS fields for the schema's fields, in the schema's order. */
export function cmsFields(fields: readonly SchemaField[], identifierOf: IdentifierOf): Field[] {
  return fields.map(
    (field) =>
      ({
        name: field.key,
        label: field.label,
        ...(field.hint && { hint: field.hint }),
        required: field.required,
        ...widget(field, identifierOf),
      }) as Field,
  );
}
