/**
 * English versions (content/en/<collection>/): the English words of an Italian entry, never an
 * entry of their own. Each names its original in `translationOf`; everything that is not text
 * (dates, references, images, type, province, status, order, draft) is the original's, so the
 * schemas are strict and a field copied from the original is refused by name.
 */
import { z } from "astro/zod";
import { text, type SchemaHelpers } from "./helpers.ts";

/** The Italian collections an English version may translate. */
export const TRANSLATED_COLLECTIONS = [
  "district",
  "committee",
  "members",
  "news",
  "events",
  "groups",
  "pages",
] as const;
export type TranslatedCollection = (typeof TRANSLATED_COLLECTIONS)[number];

type Helpers = Pick<SchemaHelpers, "reference">;

const fields = ({ reference }: Helpers, collection: TranslatedCollection) => ({
  translationOf: reference(collection).meta({
    title: "Originale italiano",
    description:
      "La voce italiana che questo file traduce: il nome del suo file senza .md (per le notizie con la cartella dell'anno, per i membri e il comitato il nome del file del membro).",
  }),
});

const titled = (helpers: Helpers, collection: TranslatedCollection) => ({
  ...fields(helpers, collection),
  title: text().meta({ title: "Titolo (inglese)", description: "Il titolo, in inglese." }),
  description: text().meta({
    title: "Sintesi (inglese)",
    description: "La sintesi, in inglese.",
  }),
});

const illustrated = (helpers: Helpers, collection: TranslatedCollection) => ({
  ...titled(helpers, collection),
  imageAlt: text().optional().meta({
    title: "Descrizione dell'immagine (inglese)",
    description:
      "Che cosa mostra l'immagine dell'originale, in inglese: obbligatoria quando l'originale ha un'immagine.",
  }),
});

export const districtTranslationSchema = (helpers: Helpers) =>
  z.strictObject(titled(helpers, "district"));

export const pageTranslationSchema = (helpers: Helpers) => z.strictObject(titled(helpers, "pages"));

export const groupTranslationSchema = (helpers: Helpers) =>
  z.strictObject(titled(helpers, "groups"));

export const newsTranslationSchema = (helpers: Helpers) =>
  z.strictObject(illustrated(helpers, "news"));

export const eventTranslationSchema = (helpers: Helpers) =>
  z.strictObject(illustrated(helpers, "events"));

export const committeeTranslationSchema = (helpers: Helpers) =>
  z.strictObject({
    ...fields(helpers, "committee"),
    role: text().meta({
      title: "Ruolo (inglese)",
      description: "Il ruolo nel comitato, in inglese.",
    }),
  });

/** A member's English version is its description, the body: its name is not translated. */
export const memberTranslationSchema = (helpers: Helpers) =>
  z.strictObject(fields(helpers, "members"));

export type TitledTranslationData = z.output<ReturnType<typeof districtTranslationSchema>>;
export type IllustratedTranslationData = z.output<ReturnType<typeof newsTranslationSchema>>;
export type CommitteeTranslationData = z.output<ReturnType<typeof committeeTranslationSchema>>;
