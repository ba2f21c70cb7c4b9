import type { z } from "astro/zod";
import { committeeSchema } from "../../src/schemas/committee.ts";
import { districtSchema } from "../../src/schemas/district.ts";
import type { SchemaHelpers } from "../../src/schemas/helpers.ts";
import { memberSchema } from "../../src/schemas/members.ts";
import { newsSchema } from "../../src/schemas/news.ts";
import { pageSchema } from "../../src/schemas/pages.ts";

export const COLLECTIONS = ["news", "members", "committee", "district", "pages"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface CollectionInfo {
  /** How editors call it, in the summary and in messages. */
  label: string;
  /** The schema module under src/schemas/, whose JSDoc comments document the fields. */
  schemaFile: string;
  schema: (helpers: SchemaHelpers) => z.ZodObject;
  /** The address an entry is published at, or undefined for a collection without pages. */
  address: ((id: string) => string) | undefined;
}

/** The collections of src/content.config.ts, with the same schema functions. */
export const collections: Record<CollectionName, CollectionInfo> = {
  news: {
    label: "Notizie",
    schemaFile: "src/schemas/news.ts",
    schema: newsSchema,
    address: (id) => `/notizie/${id}/`,
  },
  members: {
    label: "Membri",
    schemaFile: "src/schemas/members.ts",
    schema: memberSchema,
    address: (id) => `/membri/${id}/`,
  },
  committee: {
    label: "Comitato",
    schemaFile: "src/schemas/committee.ts",
    schema: committeeSchema,
    address: undefined,
  },
  district: {
    label: "Distretto",
    schemaFile: "src/schemas/district.ts",
    schema: districtSchema,
    address: (id) => `/distretto/${id}/`,
  },
  pages: {
    label: "Pagine",
    schemaFile: "src/schemas/pages.ts",
    schema: pageSchema,
    address: (id) => `/${id}/`,
  },
};

export function isCollection(name: string): name is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(name);
}
