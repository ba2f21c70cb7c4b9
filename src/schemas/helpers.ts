// Every field in src/schemas/ carries `.meta({ title, description })` in Italian: the title is
// the field's name in the browser editor's form at /admin/, the description its help text, and
// EDITING.md's field reference shows both (scripts/build/schema-fields.ts reads them).
import type { ImageFunction } from "astro:content";
import { z } from "astro/zod";
import { editorMessage, editorMessageText, type EditorMessage } from "../i18n/editor-messages.ts";

/**
 * The collections an entry may point to by id; district, committee and pages only as the
 * original an English version translates.
 */
export const REFERENCE_TARGETS = [
  "members",
  "groups",
  "news",
  "events",
  "district",
  "committee",
  "pages",
] as const;
export type ReferenceTarget = (typeof REFERENCE_TARGETS)[number];

/** A link from one entry to another: `{ id, collection }` once parsed. */
export interface EntryReference<Target extends ReferenceTarget = ReferenceTarget> {
  id: string;
  collection: Target;
}

/**
 * What a schema needs from its surroundings. Astro hands the build its own `image()` and
 * `reference()`; the content check and the tests pass stand-ins, so one schema serves all.
 */
export interface SchemaHelpers {
  image: ImageFunction;
  reference: <Target extends ReferenceTarget>(
    collection: Target,
  ) => z.ZodType<EntryReference<Target>>;
}

/**
 * A schema's own issue, carrying its message from the catalogue: the content check reads the
 * message back by name, and the build, which shows only the issue's text, shows its words.
 */
export function editorIssue(message: EditorMessage, path?: PropertyKey[]) {
  return {
    code: "custom" as const,
    message: editorMessageText(message),
    params: { editorMessage: message },
    ...(path && { path }),
  };
}

// The check names a blank text by its issue's code (FieldEmpty); the build shows these words.
const BLANK = editorMessageText(editorMessage("FieldEmpty"));

/** Text that must say something: blank strings are refused, surrounding spaces dropped. */
export const text = () => z.string().trim().min(1, BLANK);

/** A complete https address: links readers follow to another site (registration, streaming). */
export const httpsUrl = () => z.url({ protocol: /^https$/, hostname: z.regexes.domain });

/** An image stored next to the file, with the description a screen reader reads aloud. */
export const imageWithAlt = (image: ImageFunction) =>
  z.object({
    src: image().meta({
      title: "File dell'immagine",
      description: "Il file dell'immagine, accanto al file Markdown (per esempio `./foto.jpg`).",
    }),
    alt: text().meta({
      title: "Descrizione dell'immagine",
      description: "Che cosa mostra l'immagine, per chi non può vederla.",
    }),
  });
