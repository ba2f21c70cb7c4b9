import { z } from "astro/zod";
import { dateOrDateTime } from "./dates.ts";
import { editorMessage } from "../i18n/editor-messages.ts";
import { editorIssue, imageWithAlt, text, type SchemaHelpers } from "./helpers.ts";

export const newsSchema = ({ image, reference }: SchemaHelpers) =>
  z
    .object({
      /** Il titolo della notizia. @label Titolo */
      title: text(),
      /** Una o due frasi di sintesi: compaiono negli elenchi, nel feed, nei risultati dei motori di ricerca e nelle anteprime sui social. @label Sintesi */
      description: text(),
      /** Data di pubblicazione (2026-11-30), oppure data e ora con il fuso (2026-11-30T09:30:00+01:00). @label Data di pubblicazione */
      pubDate: dateOrDateTime(),
      /** Data dell'ultimo aggiornamento importante; mai prima di `pubDate`. @label Data di aggiornamento */
      updatedDate: dateOrDateTime().optional(),
      /** Chi firma l'articolo; se manca, "Redazione". @label Autore */
      author: text().optional(),
      /** Gli argomenti dell'articolo; ogni argomento ha la sua pagina. @label Argomenti */
      tags: z.array(text()).default([]),
      /** Immagine principale, accanto al file, con la sua descrizione (`src` e `alt`). @label Immagine principale */
      image: imageWithAlt(image).optional(),
      /** I membri di cui parla l'articolo: i nomi dei loro file in content/members/ senza .md. @label Membri di cui parla */
      members: z.array(reference("members")).default([]),
      /** I gruppi di lavoro di cui parla l'articolo: i nomi dei loro file in content/groups/ senza .md. @label Gruppi di lavoro di cui parla */
      groups: z.array(reference("groups")).default([]),
      /** Con `true` la notizia è una bozza e non viene pubblicata. @label Bozza */
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
