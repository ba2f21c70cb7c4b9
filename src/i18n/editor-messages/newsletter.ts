import { day, message } from "./define.ts";

/** The newsletter's issues: their numbers, and the articles and events they present. */
export const newsletterMessages = {
  ArticleNotFound: message({
    title: "Notizia inesistente",
    problem: ({ id }: { id: string }) => `la notizia "${id}" non esiste.`,
    expected: () =>
      "Scrivi il percorso di un file di content/news/ senza .md, con la cartella dell'anno, come 2026/nasce-il-distretto.",
    hint: "Vale per `articles` nei numeri del notiziario.",
    example: { id: "2026/notizia-inesistente" },
  }),
  EventNotFound: message({
    title: "Evento inesistente",
    problem: ({ id }: { id: string }) => `l'evento "${id}" non esiste.`,
    expected: () =>
      "Scrivi il nome di un file di content/events/ senza .md; se l'evento è nuovo, crealo prima.",
    hint: "Vale per `events` nei numeri del notiziario.",
    example: { id: "evento-inesistente" },
  }),
  NewsletterEmpty: message({
    title: "Numero del notiziario vuoto",
    problem: () => "il numero non presenta né notizie né eventi.",
    expected: () =>
      "Scrivi in articles almeno una notizia (come [2026/nasce-il-distretto]) o in events almeno un evento.",
    example: {},
  }),
  NewsletterArticleDraft: message({
    title: "Notizia in bozza nel notiziario",
    problem: ({ id }: { id: string }) =>
      `la notizia "${id}" è una bozza: i lettori non potrebbero aprirla.`,
    expected: () =>
      "Pubblica prima la notizia (togli draft: true dal suo file) oppure toglila da articles.",
    example: { id: "2026/articolo-bozza" },
  }),
  NewsletterArticleLater: message({
    title: "Notizia pubblicata dopo il numero",
    problem: ({ id, published, sent }: { id: string; published: Date; sent: Date }) =>
      `la notizia "${id}" esce il ${day(published)}, dopo l'invio del numero (${day(sent)}).`,
    expected: () =>
      "Sposta pubDate del numero al giorno di uscita della notizia o dopo, oppure togli la notizia da articles.",
    example: {
      id: "2026/notizia-futura",
      published: new Date("2026-12-20T09:00:00+01:00"),
      sent: new Date("2026-12-15T00:00:00+01:00"),
    },
  }),
  NewsletterEventDraft: message({
    title: "Evento in bozza nel notiziario",
    problem: ({ id }: { id: string }) =>
      `l'evento "${id}" è una bozza: i lettori non potrebbero aprirlo.`,
    expected: () =>
      "Pubblica prima l'evento (togli draft: true dal suo file) oppure toglilo da events.",
    example: { id: "bozza-evento" },
  }),
  NewsletterNumberInvalid: message({
    title: "Nome del file di un numero del notiziario",
    problem: ({ file }: { file: string; suggestion: string }) =>
      `il file ${file} non ha per nome il numero del notiziario.`,
    expected: ({ suggestion }) =>
      `Chiama il file con il solo numero, senza zeri davanti, come ${suggestion}.`,
    hint: "`npm run newsletter` scrive il numero successivo con il nome giusto.",
    example: { file: "content/newsletter/numero-3.md", suggestion: "content/newsletter/3.md" },
  }),
};
