import type { ImageFunction } from "astro:content";
import { z } from "astro/zod";
import type { SchemaHelpers } from "./helpers.ts";

/**
 * The helpers a schema gets outside an Astro build: an image is its path as written, and a
 * member reference must name one of the given ids, so a missing member is reported like any
 * other field.
 */
export function standInHelpers(knownMemberIds: ReadonlySet<string>): SchemaHelpers {
  const image = (() => z.string().trim().min(1)) as unknown as ImageFunction;
  const reference: SchemaHelpers["reference"] = (collection) =>
    z.string().transform((id, ctx) => {
      if (!knownMemberIds.has(id)) {
        ctx.addIssue({
          code: "custom",
          message: `Il membro "${id}" non esiste: usa il nome di un file in content/members/ senza .md.`,
        });
        return z.NEVER;
      }
      return { id, collection };
    });
  return { image, reference };
}
