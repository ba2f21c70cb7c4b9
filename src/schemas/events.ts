import { z } from "astro/zod";
import { eventTime, type EventTime } from "./dates.ts";
import { httpsUrl, imageWithAlt, text, type SchemaHelpers } from "./helpers.ts";
import { PROVINCES } from "./members.ts";

/**
 * What is wrong with an event's end, if anything: written as another kind than the start (a day
 * against a date-time), or before the start. The content check explains each in full.
 */
export function endProblem(start: EventTime, end: EventTime | undefined) {
  if (!end) return undefined;
  if (end.allDay !== start.allDay) return "other-kind";
  return end.date < start.date ? "before-start" : undefined;
}

const END_MESSAGES = {
  "other-kind":
    "La fine (end) va scritta come l'inizio (start): entrambe solo data, o entrambe data e ora.",
  "before-start": "La fine (end) non può essere prima dell'inizio (start).",
} as const;

export const eventSchema = ({ image, reference }: SchemaHelpers) =>
  z
    .object({
      /** Il titolo dell'evento. */
      title: text(),
      /** Una o due frasi di sintesi: compaiono negli elenchi, nel calendario e nei risultati della ricerca. */
      description: text(),
      /** L'inizio: data e ora con il fuso (2027-03-20T09:30:00+01:00), oppure solo la data (2027-03-20) per un evento di un giorno intero. */
      start: eventTime(),
      /** La fine, scritta come `start` (data e ora, oppure solo la data dell'ultimo giorno); mai prima di `start`. */
      end: eventTime().optional(),
      /** Il luogo, con `name`, `address`, `city` e `province`; serve il luogo, oppure `online`, oppure entrambi. */
      location: z
        .object({
          /** Il nome del luogo (per esempio "Sala conferenze del Politecnico"). */
          name: text(),
          /** Via e numero civico: il sito ne fa un link alla mappa. */
          address: text(),
          /** La città. */
          city: text(),
          /** La provincia, se è una delle sei del distretto: MI, BG, BS, CR, LC, MN. */
          province: z.enum(PROVINCES).optional(),
        })
        .optional(),
      /** Dove seguire l'evento a distanza: l'indirizzo completo, che comincia con https://. */
      online: httpsUrl().optional(),
      /** La pagina per iscriversi o partecipare: l'indirizzo completo, che comincia con https://. */
      registration: httpsUrl().optional(),
      /** I membri che organizzano l'evento: i nomi dei loro file in content/members/ senza .md. */
      organizers: z.array(reference("members")).default([]),
      /** I gruppi di lavoro che lo promuovono: i nomi dei loro file in content/groups/ senza .md. */
      groups: z.array(reference("groups")).default([]),
      /** Gli argomenti dell'evento, scritti come quelli delle notizie. */
      tags: z.array(text()).default([]),
      /** Un'immagine, accanto al file, con la sua descrizione (`src` e `alt`). */
      image: imageWithAlt(image).optional(),
      /** Con `true` l'evento è annullato: resta nel sito e nel calendario, segnato come annullato. */
      cancelled: z.boolean().default(false),
      /** Con `true` l'evento è una bozza e non viene pubblicato, né nel sito né nel calendario. */
      draft: z.boolean().default(false),
    })
    .superRefine((event, ctx) => {
      const problem = endProblem(event.start, event.end);
      if (problem) ctx.addIssue({ code: "custom", path: ["end"], message: END_MESSAGES[problem] });
      if (!event.location && !event.online) {
        ctx.addIssue({
          code: "custom",
          path: ["location"],
          message:
            "Manca il luogo dell'evento. Scrivi location (il luogo), online (il collegamento) o entrambi.",
        });
      }
    });

export type EventData = z.output<ReturnType<typeof eventSchema>>;
