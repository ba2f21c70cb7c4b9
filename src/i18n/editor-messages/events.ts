import { message } from "./define.ts";

/** Events and working groups: where an event is, when it ends, which group it names. */
export const eventMessages = {
  GroupNotFound: message({
    title: "Gruppo di lavoro inesistente",
    problem: ({ id }: { id: string }) => `il gruppo di lavoro "${id}" non esiste.`,
    expected: () =>
      "Scrivi il nome di un file di content/groups/ senza .md; se il gruppo è nuovo, crealo prima.",
    hint: "Vale per `groups` negli eventi e nelle notizie.",
    example: { id: "gruppo-inesistente" },
  }),
  EventPlaceMissing: message({
    title: "Evento senza luogo",
    problem: () => "l'evento non dice dove si svolge: mancano sia location sia online.",
    expected: () =>
      "Aggiungi location con name, address e city (il luogo), oppure online con il collegamento https://, oppure entrambi.",
    example: {},
  }),
  EventEndOtherKind: message({
    title: "Fine scritta diversamente dall'inizio",
    problem: ({ startAllDay }: { startAllDay: boolean; suggestion: string }) =>
      startAllDay
        ? "start è solo una data (un evento di un giorno intero), end ha anche l'ora."
        : "start ha data e ora, end è solo una data.",
    expected: ({ startAllDay, suggestion }) =>
      startAllDay
        ? `Scrivi end come solo data, per esempio ${suggestion}, oppure aggiungi l'ora anche a start.`
        : `Scrivi end con data, ora e fuso, per esempio ${suggestion}.`,
    hint: "Un evento di uno o più giorni interi ha start ed end come sole date; uno con un orario li ha entrambi con data, ora e fuso.",
    example: { startAllDay: true, suggestion: "2027-03-22" },
  }),
  EventEndBeforeStart: message({
    title: "Fine dell'evento prima dell'inizio",
    problem: ({ end, start }: { end: string; start: string }) =>
      `la fine (${end}) è prima dell'inizio (start, ${start}).`,
    expected: () =>
      "Scrivi in end un momento uguale o successivo a start, oppure togli end se l'evento dura un momento solo.",
    example: {
      end: "venerdì 19 marzo 2027, tutto il giorno",
      start: "sabato 20 marzo 2027, tutto il giorno",
    },
  }),
};
