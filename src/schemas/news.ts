import { z } from "astro/zod";
import { dateOrDateTime } from "./dates.ts";
import { imageWithAlt, text, type SchemaHelpers } from "./helpers.ts";

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
      /** I gruppi di lavoro di cui parla l'articolo: i nomi dei loro file in content/groups/ senza .md. */
      groups: z.array(reference("groups")).default([]),
      /** Con `true` la notizia è una bozza e non viene pubblicata. */
      draft: z.boolean().default(false),
    })
    .refine((news) => !news.updatedDate || news.updatedDate >= news.pubDate, {
      path: ["updatedDate"],
      message: "La data di aggiornamento non può essere precedente a pubDate.",
    });

export type NewsData = z.output<ReturnType<typeof newsSchema>>;
