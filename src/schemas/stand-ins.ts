import { existsSync } from "node:fs";
import path from "node:path";
import type { ImageFunction } from "astro:content";
import { z } from "astro/zod";
import { editorMessage } from "../i18n/editor-messages.ts";
import { referenceNotFound } from "../lib/data/references.ts";
import { editorIssue, type ReferenceTarget, type SchemaHelpers } from "./helpers.ts";

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
 * The helpers a schema gets outside an Astro build (the content check and the tests): an image
 * is its path as written, which must exist next to the current file, and a reference must name a
 * known id, so both are reported like any other field.
 */
export function standInHelpers({ knownIds, currentFile }: StandInOptions = {}): SchemaHelpers {
  const image = () =>
    z.string().transform((src, ctx) => {
      const written = src.trim();
      if (!currentFile) return written;
      if (/^[a-z]+:/i.test(written) || written.startsWith("/")) {
        ctx.addIssue(editorIssue(editorMessage("ImageNotNextToPage", { src })));
        return z.NEVER;
      }
      if (!written || !existsSync(path.resolve(path.dirname(currentFile.path), written))) {
        ctx.addIssue(editorIssue(editorMessage("ImageNotFound", { src })));
        return z.NEVER;
      }
      return written;
    });
  const reference: SchemaHelpers["reference"] = (collection) =>
    z.string().transform((id, ctx) => {
      if (knownIds && !knownIds(collection).has(id)) {
        ctx.addIssue(editorIssue(referenceNotFound(collection, id)));
        return z.NEVER;
      }
      return { id, collection };
    });
  return { image: image as unknown as ImageFunction, reference };
}
