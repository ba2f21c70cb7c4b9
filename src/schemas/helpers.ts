// Field comments in src/schemas/ are in Italian: EDITING.md's field reference is generated from them.
import type { ImageFunction } from "astro:content";
import { z } from "astro/zod";

/** A link from one entry to a member: `{ id, collection }` once parsed. */
export interface MemberReference {
  id: string;
  collection: "members";
}

/**
 * What a schema needs from its surroundings. Astro hands the build its own `image()` and
 * `reference()`; the content check and the tests pass stand-ins, so one schema serves all.
 */
export interface SchemaHelpers {
  image: ImageFunction;
  reference: (collection: "members") => z.ZodType<MemberReference>;
}

/** Text that must say something: blank strings are refused, surrounding spaces dropped. */
export const text = () => z.string().trim().min(1, "Questo campo non può essere vuoto.");

/** An image stored next to the file, with the description a screen reader reads aloud. */
export const imageWithAlt = (image: ImageFunction) =>
  z.object({
    /** Il file dell'immagine, accanto al file Markdown (per esempio `./foto.jpg`). */
    src: image(),
    /** Che cosa mostra l'immagine, per chi non può vederla. */
    alt: text(),
  });
