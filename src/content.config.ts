import { defineCollection, reference } from "astro:content";
import path from "node:path";
import { glob } from "astro/loaders";
import type { z } from "astro/zod";
import { COLLECTION_NAMES, contentFolder, registry, type CollectionName } from "./collections.ts";
import { contentFolderLoader } from "./lib/data/content-folder-loader.ts";
import type { SchemaHelpers } from "./schemas/helpers.ts";

/** Every file is an entry: a file Astro would skip is refused by the content check. */
const markdownIn = (folder: string) =>
  contentFolderLoader(
    glob({
      pattern: "**/*.{md,mdx}",
      base: `${contentFolder}/${folder}`,
      // The id is the file's path without extension, exactly as the content model promises.
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ""),
      // The store would keep every Markdown source beside its HTML; Astro bundles the store into
      // the build, and at 5,000 articles the sources alone pushed its memory above 2 GB.
      retainBody: false,
    }),
    // The preview keeps running on a file with a mistake; a build stops on it.
    { folder: path.resolve(contentFolder, folder), lenient: import.meta.env.DEV },
  );

const referenceTo = reference as SchemaHelpers["reference"];

/** One collection as the registry defines it, with Astro's own `image()` and `reference()`. */
function defineFromRegistry<Schema extends z.ZodType>(
  name: CollectionName,
  schema: (helpers: SchemaHelpers) => Schema,
) {
  return defineCollection({
    loader: markdownIn(registry[name].folder),
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
