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
      /** Il titolo dell'evento. @label Titolo */
      title: text(),
      /** Una o due frasi di sintesi: compaiono negli elenchi, nel calendario e nei risultati della ricerca. @label Sintesi */
      description: text(),
      /** L'inizio: data e ora con il fuso (2027-03-20T09:30:00+01:00), oppure solo la data (2027-03-20) per un evento di un giorno intero. @label Inizio */
      start: eventTime(),
      /** La fine, scritta come `start` (data e ora, oppure solo la data dell'ultimo giorno); mai prima di `start`. @label Fine */
      end: eventTime().optional(),
      /** Il luogo, con `name`, `address`, `city` e `province`; serve il luogo, oppure `online`, oppure entrambi. @label Luogo */
      location: z
        .object({
          /** Il nome del luogo (per esempio "Sala conferenze del Politecnico"). @label Nome del luogo */
          name: text(),
          /** Via e numero civico: il sito ne fa un link alla mappa. @label Indirizzo */
          address: text(),
          /** La città. @label Città */
          city: text(),
          /** La provincia, se è una delle sei del distretto: MI, BG, BS, CR, LC, MN. @label Provincia */
          province: z.enum(PROVINCES).optional(),
        })
        .optional(),
      /** Dove seguire l'evento a distanza: l'indirizzo completo, che comincia con https://. @label Collegamento online */
      online: httpsUrl().optional(),
      /** La pagina per iscriversi o partecipare: l'indirizzo completo, che comincia con https://. @label Iscrizione */
      registration: httpsUrl().optional(),
      /** I membri che organizzano l'evento: i nomi dei loro file in content/members/ senza .md. @label Organizzatori */
      organizers: z.array(reference("members")).default([]),
      /** I gruppi di lavoro che lo promuovono: i nomi dei loro file in content/groups/ senza .md. @label Gruppi di lavoro */
      groups: z.array(reference("groups")).default([]),
      /** Gli argomenti dell'evento, scritti come quelli delle notizie. @label Argomenti */
      tags: z.array(text()).default([]),
      /** Un'immagine, accanto al file, con la sua descrizione (`src` e `alt`). @label Immagine */
      image: imageWithAlt(image).optional(),
      /** Con `true` l'evento è annullato: resta nel sito e nel calendario, segnato come annullato. @label Annullato */
      cancelled: z.boolean().default(false),
      /** Con `true` l'evento è una bozza e non viene pubblicato, né nel sito né nel calendario. @label Bozza */
      draft: z.boolean().default(false),
    })
    .superRefine((event, ctx) => {
      const end = endMessage(event.start, event.end);
      if (end) ctx.addIssue(editorIssue(end, ["end"]));
      if (!event.location && !event.online) {
        ctx.addIssue(editorIssue(editorMessage("EventPlaceMissing"), ["location"]));
      }
    });

export type EventData = z.output<ReturnType<typeof eventSchema>>;
