import { z } from "astro/zod";
import { dateOrDateTime } from "./dates.ts";
import { editorMessage } from "../i18n/editor-messages.ts";
import { editorIssue, imageWithAlt, text, type SchemaHelpers } from "./helpers.ts";

export const newsSchema = ({ image, reference }: SchemaHelpers) =>
  z
    .object({
      /** Il titolo della notizia. */
      title: text(),
      /** Una o due frasi di sintesi: compaiono negli elenchi, nel feed, nei risultati dei motori di ricerca e nelle anteprime sui social. */
      description: text(),
      /** Data di pubblicazione (2026-11-30), oppure data e ora con il fuso (2026-11-30T09:30:00+01:00). */
      pubDate: dateOrDateTime(),
      /** Data dell'ultimo aggiornamento importante; mai prima di `pubDate`. */
      updatedDate: dateOrDateTime().optional(),
      /** Chi firma l'articolo; se manca, "Redazione". */
      author: text().optional(),
      /** Gli argomenti dell'articolo; ogni argomento ha la sua pagina. */
      tags: z.array(text()).default([]),
      /** Immagine principale, accanto al file, con la sua descrizione (`src` e `alt`). */
      image: imageWithAlt(image).optional(),
      /** I membri di cui parla l'articolo: i nomi dei loro file in content/members/ senza .md. */
      members: z.array(reference("members")).default([]),
      /** Con `true` la notizia è una bozza e non viene pubblicata. */
      draft: z.boolean().default(false),
    })
    .superRefine(({ pubDate, updatedDate }, ctx) => {
      if (updatedDate && updatedDate < pubDate) {
        const message = editorMessage("UpdatedBeforePublished", {
          updated: updatedDate,
          published: pubDate,
        });
        ctx.addIssue(editorIssue(message, ["updatedDate"]));
      }
    });

export type NewsData = z.output<ReturnType<typeof newsSchema>>;
