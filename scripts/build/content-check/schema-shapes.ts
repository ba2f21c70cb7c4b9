import { z } from "astro/zod";
import { standInHelpers } from "../../../src/schemas/stand-ins.ts";
import { COLLECTION_NAMES, registry, type CollectionName } from "../../../src/collections.ts";

/** The object a field holds once optional, default, array and pipe wrappers are removed. */
export function objectInside(schema: z.core.$ZodType): z.ZodObject | undefined {
  if (schema instanceof z.ZodObject) return schema;
  const def = schema._zod.def as {
    innerType?: z.core.$ZodType;
    element?: z.core.$ZodType;
    in?: z.core.$ZodType;
  };
  const inner = def.innerType ?? def.element ?? def.in;
  return inner ? objectInside(inner) : undefined;
}

const shapes = new Map<CollectionName, z.ZodObject | undefined>(
  COLLECTION_NAMES.map((name) => [name, objectInside(registry[name].schema(standInHelpers()))]),
);

/** The frontmatter object a collection's schema reads, for the rules that walk its fields. */
export const collectionShape = (name: CollectionName) => shapes.get(name);
