import { z } from "astro/zod";
import { eventTime, type EventTime } from "./dates.ts";
import { editorMessage, type EditorMessage } from "../i18n/editor-messages.ts";
import { toIsoDay, toRomeDateTime } from "../lib/text/dates.ts";
import { describeWhen } from "../lib/events/event-times.ts";
import { editorIssue, httpsUrl, imageWithAlt, text, type SchemaHelpers } from "./helpers.ts";
import { PROVINCES } from "./members.ts";

/**
 * What is wrong with an event's end, if anything: written as another kind than the start (a day
 * against a date-time), or before the start. The schema and the content check say it alike.
 */
export function endMessage(
  start: EventTime,
  end: EventTime | undefined,
): EditorMessage | undefined {
  if (!end) return undefined;
  if (end.allDay !== start.allDay) {
    const day = toIsoDay(end.date);
    const suggestion = start.allDay ? day : `${day}T18:00:00${toRomeDateTime(end.date).slice(-6)}`;
    return editorMessage("EventEndOtherKind", { startAllDay: start.allDay, suggestion });
  }
  return end.date < start.date
    ? editorMessage("EventEndBeforeStart", {
        end: describeWhen({ start: end }),
        start: describeWhen({ start }),
      })
    : undefined;
}

export const eventSchema = ({ image, reference }: SchemaHelpers) =>
  z
    .object({
      title: text().meta({ title: "Titolo", description: "Il titolo dell'evento." }),
      description: text().meta({
        title: "Sintesi",
        description:
          "Una o due frasi di sintesi: compaiono negli elenchi, nel calendario e nei risultati della ricerca.",
      }),
      start: eventTime().meta({
        title: "Inizio",
        description:
          "L'inizio: data e ora con il fuso (2027-03-20T09:30:00+01:00), oppure solo la data (2027-03-20) per un evento di un giorno intero.",
      }),
      end: eventTime().optional().meta({
        title: "Fine",
        description:
          "La fine, scritta come `start` (data e ora, oppure solo la data dell'ultimo giorno); mai prima di `start`.",
      }),
      location: z
        .object({
          name: text().meta({
            title: "Nome del luogo",
            description: 'Il nome del luogo (per esempio "Sala conferenze del Politecnico").',
          }),
          address: text().meta({
            title: "Indirizzo",
            description: "Via e numero civico: il sito ne fa un link alla mappa.",
          }),
          city: text().meta({ title: "Città", description: "La città." }),
          province: z.enum(PROVINCES).optional().meta({
            title: "Provincia",
            description: "La provincia, se è una delle sei del distretto: MI, BG, BS, CR, LC, MN.",
          }),
        })
        .optional()
        .meta({
          title: "Luogo",
          description:
            "Il luogo, con `name`, `address`, `city` e `province`; serve il luogo, oppure `online`, oppure entrambi.",
        }),
      online: httpsUrl().optional().meta({
        title: "Collegamento online",
        description:
          "Dove seguire l'evento a distanza: l'indirizzo completo, che comincia con https://.",
      }),
      registration: httpsUrl().optional().meta({
        title: "Iscrizione",
        description:
          "La pagina per iscriversi o partecipare: l'indirizzo completo, che comincia con https://.",
      }),
      organizers: z.array(reference("members")).default([]).meta({
        title: "Organizzatori",
        description:
          "I membri che organizzano l'evento: i nomi dei loro file in content/members/ senza .md.",
      }),
      groups: z.array(reference("groups")).default([]).meta({
        title: "Gruppi di lavoro",
        description:
          "I gruppi di lavoro che lo promuovono: i nomi dei loro file in content/groups/ senza .md.",
      }),
      tags: z.array(text()).default([]).meta({
        title: "Argomenti",
        description: "Gli argomenti dell'evento, scritti come quelli delle notizie.",
      }),
      image: imageWithAlt(image).optional().meta({
        title: "Immagine",
        description: "Un'immagine, accanto al file, con la sua descrizione (`src` e `alt`).",
      }),
      cancelled: z.boolean().default(false).meta({
        title: "Annullato",
        description:
          "Con `true` l'evento è annullato: resta nel sito e nel calendario, segnato come annullato.",
      }),
      draft: z.boolean().default(false).meta({
        title: "Bozza",
        description:
          "Con `true` l'evento è una bozza e non viene pubblicato, né nel sito né nel calendario.",
      }),
    })
    .superRefine((event, ctx) => {
      const end = endMessage(event.start, event.end);
      if (end) ctx.addIssue(editorIssue(end, ["end"]));
      if (!event.location && !event.online) {
        ctx.addIssue(editorIssue(editorMessage("EventPlaceMissing"), ["location"]));
      }
    });

export type EventData = z.output<ReturnType<typeof eventSchema>>;
