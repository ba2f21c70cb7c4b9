import { existsSync } from "node:fs";
import path from "node:path";
import type { ImageFunction } from "astro:content";
import { z } from "astro/zod";
import { REFERENCE_TARGETS, type ReferenceTarget, type SchemaHelpers } from "./helpers.ts";

/** How an unknown id reads in a message, for each collection a reference may name. */
const UNKNOWN_REFERENCE: Record<ReferenceTarget, (id: string) => string> = {
  members: (id) =>
    `Il membro "${id}" non esiste: usa il nome di un file in content/members/ senza .md.`,
  groups: (id) =>
    `Il gruppo di lavoro "${id}" non esiste: usa il nome di un file in content/groups/ senza .md.`,
};

/** What a stand-in field stands for, kept in zod's registry so the field reference can tell. */
export type StandInKind = "image" | "reference";

export function standInKind(type: z.core.$ZodType): StandInKind | undefined {
  const kind = z.globalRegistry.get(type)?.["standIn"];
  return kind === "image" || kind === "reference" ? kind : undefined;
}

/** The collection a stand-in reference names, for the field reference's wording. */
export function referenceTarget(type: z.core.$ZodType): ReferenceTarget | undefined {
  const target = z.globalRegistry.get(type)?.["target"];
  return REFERENCE_TARGETS.find((name) => name === target);
}

export interface StandInOptions {
  /** The ids a reference may name, by collection; without it any id is accepted. */
  knownIds?: (collection: ReferenceTarget) => ReadonlySet<string>;
  /**
   * The Markdown file being parsed, whose folder an image path is relative to; without it an
   * image is any path. One schema serves every file (building zod schemas is costly), so the
   * caller moves this along as it reads.
   */
  currentFile?: { path: string };
}

/**
 * The helpers a schema gets outside an Astro build (the content check, the field reference and
 * the tests): an image is its path as written, which must exist next to the current file, and a
 * reference must name a known id, so both are reported like any other field.
 */
export function standInHelpers({ knownIds, currentFile }: StandInOptions = {}): SchemaHelpers {
  const image = () =>
    z
      .string()
      .transform((src, ctx) => {
        const written = src.trim();
        if (!currentFile) return written;
        if (/^[a-z]+:/i.test(written) || written.startsWith("/")) {
          ctx.addIssue({
            code: "custom",
            message: `L'immagine "${src}" non è un file accanto alla pagina. Copia il file nella cartella della pagina e scrivi il percorso come ./foto.jpg.`,
          });
          return z.NEVER;
        }
        if (!written || !existsSync(path.resolve(path.dirname(currentFile.path), written))) {
          ctx.addIssue({
            code: "custom",
            message: `Il file "${src}" non esiste nella cartella della pagina. Controlla il nome (maiuscole comprese) oppure aggiungi il file accanto alla pagina.`,
          });
          return z.NEVER;
        }
        return written;
      })
      .meta({ standIn: "image" });
  const reference: SchemaHelpers["reference"] = (collection) =>
    z
      .string()
      .transform((id, ctx) => {
        if (knownIds && !knownIds(collection).has(id)) {
          ctx.addIssue({
            code: "custom",
            message: UNKNOWN_REFERENCE[collection](id),
          });
          return z.NEVER;
        }
        return { id, collection };
      })
      .meta({ standIn: "reference", target: collection });
  return { image: image as unknown as ImageFunction, reference };
}
