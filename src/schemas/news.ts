import { z } from "astro/zod";
import { dateOrDateTime } from "./dates.ts";
import { editorMessage } from "../i18n/editor-messages.ts";
import { editorIssue, imageWithAlt, text, type SchemaHelpers } from "./helpers.ts";

export const newsSchema = ({ image, reference }: SchemaHelpers) =>
  z
    .object({
      title: text().meta({ title: "Titolo", description: "Il titolo della notizia." }),
      description: text().meta({
        title: "Sintesi",
        description:
          "Una o due frasi di sintesi: compaiono negli elenchi, nel feed, nei risultati dei motori di ricerca e nelle anteprime sui social.",
      }),
      pubDate: dateOrDateTime().meta({
        title: "Data di pubblicazione",
        description:
          "Data di pubblicazione (2026-11-30), oppure data e ora con il fuso (2026-11-30T09:30:00+01:00).",
      }),
      updatedDate: dateOrDateTime().optional().meta({
        title: "Data di aggiornamento",
        description: "Data dell'ultimo aggiornamento importante; mai prima di `pubDate`.",
      }),
      author: text()
        .optional()
        .meta({ title: "Autore", description: 'Chi firma l\'articolo; se manca, "Redazione".' }),
      tags: z.array(text()).default([]).meta({
        title: "Argomenti",
        description: "Gli argomenti dell'articolo; ogni argomento ha la sua pagina.",
      }),
      image: imageWithAlt(image).optional().meta({
        title: "Immagine principale",
        description:
          "Immagine principale, accanto al file, con la sua descrizione (`src` e `alt`).",
      }),
      members: z.array(reference("members")).default([]).meta({
        title: "Membri di cui parla",
        description:
          "I membri di cui parla l'articolo: i nomi dei loro file in content/members/ senza .md.",
      }),
      groups: z.array(reference("groups")).default([]).meta({
        title: "Gruppi di lavoro di cui parla",
        description:
          "I gruppi di lavoro di cui parla l'articolo: i nomi dei loro file in content/groups/ senza .md.",
      }),
      draft: z.boolean().default(false).meta({
        title: "Bozza",
        description: "Con `true` la notizia è una bozza e non viene pubblicata.",
      }),
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
