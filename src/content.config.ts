import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import type { z } from "astro/zod";
import { COLLECTION_NAMES, registry, type CollectionName } from "./collections.ts";
import type { SchemaHelpers } from "./schemas/helpers.ts";

// Tests and the benchmark build other content folders through the same code.
const contentRoot = process.env["CONTENT_DIR"] ?? "./content";

/** Every file is an entry: a file Astro would skip is refused by the content check. */
const markdownIn = (folder: string) =>
  glob({
    pattern: "**/*.{md,mdx}",
    base: `${contentRoot}/${folder}`,
    // The id is the file's path without extension, exactly as the content model promises.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ""),
    // The store would keep every Markdown source beside its HTML; Astro bundles the store into
    // the build, and at 5,000 articles the sources alone pushed its memory above 2 GB.
    retainBody: false,
  });

const referenceTo = reference as SchemaHelpers["reference"];

/** One collection as the registry defines it, with Astro's own `image()` and `reference()`. */
function defineFromRegistry<Schema extends z.ZodType>(
  name: CollectionName,
  schema: (helpers: SchemaHelpers) => Schema,
) {
  return defineCollection({
    loader: markdownIn(name),
    schema: ({ image }) => schema({ image, reference: referenceTo }),
  });
}

/** The config Astro would infer had each collection been written out by hand. */
type ConfigOf<Name extends CollectionName> =
  ReturnType<(typeof registry)[Name]["schema"]> extends infer Schema extends z.ZodType
    ? ReturnType<typeof defineFromRegistry<Schema>>
    : never;

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [
    name,
    defineFromRegistry(name, registry[name].schema as (helpers: SchemaHelpers) => z.ZodType),
  ]),
) as unknown as { [Name in CollectionName]: ConfigOf<Name> };
