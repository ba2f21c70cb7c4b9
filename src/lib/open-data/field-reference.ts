/**
 * What the /dati/ page says of each dataset's fields, read from the JSON Schema the site
 * publishes for it: the page describes exactly the schema that every file is checked against.
 */
import { t } from "../../i18n/it.ts";
import type { OpenDataset } from "./datasets.ts";
import { jsonSchema } from "./json-document.ts";

export interface FieldRow {
  name: string;
  description: string;
  /** How its values are written, in Italian. */
  kind: string;
}

interface SchemaNode {
  /** Several for a nullable primitive: `["string", "null"]`. */
  type?: string | readonly string[];
  format?: string;
  enum?: readonly string[];
  anyOf?: readonly SchemaNode[];
  items?: SchemaNode;
  description?: string;
  properties?: Record<string, SchemaNode>;
}

const kinds = t.openData.kinds;

export function kindOf(node: SchemaNode): string {
  if (Array.isArray(node.type)) {
    return kindOf({ anyOf: node.type.map((type: string) => ({ ...node, type })) });
  }
  const choices = node.anyOf ?? [];
  const present = choices.filter((choice) => choice.type !== "null");
  if (present.length < choices.length) {
    return kinds.nullable(
      present.length === 1 && present[0] ? kindOf(present[0]) : kindOf({ anyOf: present }),
    );
  }
  const formats = present.map((choice) => choice.format);
  if (formats.includes("date") && formats.includes("date-time")) return kinds.dateOrDateTime;
  if (node.enum) return kinds.oneOf(node.enum);
  if (node.type === "array") return kinds.list(node.items ? kindOf(node.items) : kinds.text);
  if (node.type === "boolean") return kinds.boolean;
  if (node.format === "uri") return kinds.url;
  if (node.format === "date") return kinds.date;
  if (node.format === "date-time") return kinds.dateTime;
  return kinds.text;
}

/** The fields of one record of a dataset, in the order of the CSV's columns. */
export function fieldReference(dataset: OpenDataset): FieldRow[] {
  const document = jsonSchema(dataset) as SchemaNode;
  const record = document.properties?.[dataset.id]?.items?.properties ?? {};
  return Object.entries(record).map(([name, node]) => ({
    name,
    description: node.description ?? "",
    kind: kindOf(node),
  }));
}
