import { z } from "astro/zod";
import { editorMessage } from "../i18n/editor-messages.ts";
import { calendarDate } from "./dates.ts";
import { editorIssue, text, type SchemaHelpers } from "./helpers.ts";

export const newsletterSchema = ({ reference }: Pick<SchemaHelpers, "reference">) =>
  z
    .object({
      subject: text().meta({
        title: "Oggetto",
        description:
          "L'oggetto dell'e-mail, che è anche il titolo del numero nell'archivio del sito.",
      }),
      preheader: text().meta({
        title: "Anteprima",
        description:
          "La riga che i programmi di posta mostrano dopo l'oggetto: una frase su che cosa c'è nel numero.",
      }),
      pubDate: calendarDate().meta({
        title: "Data di invio",
        description:
          "Il giorno dell'invio (2026-12-15); in un giorno futuro il numero resta programmato fino a quel giorno.",
      }),
      articles: z.array(reference("news")).default([]).meta({
        title: "Notizie",
        description:
          "Le notizie presentate, nell'ordine: i loro percorsi in content/news/ senza .md (2026/titolo). Ognuna deve essere pubblicata entro la data di invio.",
      }),
      events: z.array(reference("events")).default([]).meta({
        title: "Eventi",
        description:
          "Gli eventi presentati, nell'ordine: i nomi dei loro file in content/events/ senza .md.",
      }),
      draft: z.boolean().default(false).meta({
        title: "Bozza",
        description:
          "Con `true` il numero è una bozza: non compare nell'archivio e non si può inviare.",
      }),
    })
    .superRefine(({ articles, events }, ctx) => {
      if (articles.length === 0 && events.length === 0) {
        ctx.addIssue(editorIssue(editorMessage("NewsletterEmpty"), ["articles"]));
      }
    });

export type NewsletterData = z.output<ReturnType<typeof newsletterSchema>>;
