/**
 * Entries as Astro hands them to the data gateway, made in memory from frontmatter: the YAML is
 * read as the content check reads it and parsed by the collection's own schema (with the
 * stand-ins for images and references), so defaults, dates and references are the real ones.
 */
import type { CollectionEntry } from "astro:content";
import type { z } from "astro/zod";
import { readFrontmatter } from "../../scripts/build/content-check/frontmatter.ts";
import { registry, type CollectionName } from "../../src/collections.ts";
import { standInHelpers } from "../../src/schemas/stand-ins.ts";

const schemas = new Map<CollectionName, z.ZodType>();
const schemaOf = (collection: CollectionName) => {
  let schema = schemas.get(collection);
  if (!schema) {
    schema = registry[collection].schema(standInHelpers());
    schemas.set(collection, schema);
  }
  return schema;
};

/** The entry `id` of `collection` with the frontmatter `yaml`, read from `content/<collection>/<id>.md`. */
export function entry<Name extends CollectionName>(
  collection: Name,
  id: string,
  yaml: string,
): CollectionEntry<Name> {
  const read = readFrontmatter(`---\n${yaml.trim()}\n---\n`);
  if (!read.ok) throw new Error(`${collection}/${id}: the frontmatter cannot be read`);
  const data: unknown = schemaOf(collection).parse(read.frontmatter.data);
  // The stand-in image is its path as written, where Astro gives ImageMetadata: the gateway
  // only asks whether there is one.
  return {
    id,
    collection,
    data,
    filePath: `content/${collection}/${id}.md`,
  } as unknown as CollectionEntry<Name>;
}
