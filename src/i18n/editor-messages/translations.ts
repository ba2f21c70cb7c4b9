import { message } from "./define.ts";

/** English versions: the Italian entry each one translates. */
export const translationMessages = {
  DistrictPageNotFound: message({
    title: "Pagina del distretto inesistente",
    problem: ({ id }: { id: string }) => `la pagina del distretto "${id}" non esiste.`,
    expected: () =>
      "Scrivi in translationOf il nome di un file di content/district/ senza .md, come chi-siamo.",
    hint: "Vale per `translationOf` nelle versioni inglesi (content/en/district/).",
    example: { id: "pagina-inesistente" },
  }),
  CommitteeSeatNotFound: message({
    title: "Posto nel comitato inesistente",
    problem: ({ id }: { id: string }) => `il comitato non ha un file "${id}".`,
    expected: () =>
      "Scrivi in translationOf il nome di un file di content/committee/ senza .md: è il nome del file del membro.",
    hint: "Vale per `translationOf` nelle versioni inglesi (content/en/committee/).",
    example: { id: "membro-inesistente" },
  }),
  PageNotFound: message({
    title: "Pagina inesistente",
    problem: ({ id }: { id: string }) => `la pagina "${id}" non esiste.`,
    expected: () =>
      "Scrivi in translationOf il nome di un file di content/pages/ senza .md, come privacy.",
    hint: "Vale per `translationOf` nelle versioni inglesi (content/en/pages/).",
    example: { id: "pagina-inesistente" },
  }),
  TranslationDuplicate: message({
    title: "Due versioni inglesi della stessa voce",
    problem: ({ id, others }: { id: string; others: readonly string[] }) =>
      `anche ${others.join(", ")} traduce "${id}".`,
    expected: () =>
      "Tieni una sola versione inglese per ogni voce italiana: riunisci il testo in un file e cancella gli altri.",
    example: { id: "chi-siamo", others: ["content/en/district/about-us.md"] },
  }),
  FieldFromOriginal: message({
    title: "Campo che viene dalla versione italiana",
    problem: ({ original }: { original: string; allowed: readonly string[] }) =>
      `questo campo viene dalla versione italiana (${original}): la versione inglese non lo ripete.`,
    expected: ({ original, allowed }) =>
      `Togli la riga; per cambiarne il valore modificalo in ${original}. Una versione inglese scrive solo ${allowed.join(", ")} e il testo.`,
    hint: "Date, membri, immagini, tipo, provincia, ordine e bozza valgono per entrambe le lingue e si scrivono una volta sola, nel file italiano.",
    example: {
      original: "content/district/chi-siamo.md",
      allowed: ["translationOf", "title", "description"],
    },
  }),
  ImageAltMissing: message({
    title: "Descrizione inglese dell'immagine mancante",
    problem: ({ original }: { original: string }) =>
      `la versione italiana (${original}) ha un'immagine, e la versione inglese non dice che cosa mostra.`,
    expected: () =>
      "Aggiungi imageAlt: con una frase in inglese che descrive l'immagine per chi non la vede.",
    example: { original: "content/news/2026/nasce-il-distretto.md" },
  }),
  ImageAltWithoutImage: message({
    title: "Descrizione inglese di un'immagine che non c'è",
    problem: ({ original }: { original: string }) =>
      `la versione italiana (${original}) non ha un'immagine da descrivere.`,
    expected: () =>
      "Togli la riga imageAlt, oppure aggiungi prima l'immagine (image: con src e alt) al file italiano.",
    example: { original: "content/news/2026/nasce-il-distretto.md" },
  }),
  OriginalNotPublished: message({
    title: "Traduzione di una voce non ancora pubblicata",
    problem: ({ original, scheduled }: { original: string; scheduled: boolean }) =>
      `la versione italiana (${original}) è ${scheduled ? "programmata" : "una bozza"}: anche questa versione inglese resta non pubblicata.`,
    expected: ({ scheduled }) =>
      scheduled
        ? "Non serve fare niente: le due versioni escono insieme, alla data dell'originale."
        : "Non serve fare niente: le due versioni escono insieme, quando l'originale viene pubblicato.",
    severity: "note",
    example: { original: "content/news/2026/nuovo-bando.md", scheduled: false },
  }),
  TranslationInWrongYear: message({
    title: "Versione inglese fuori dalla cartella dell'anno",
    problem: ({ year, originalYear }: { year: string; originalYear: string; folder: string }) =>
      `il file sta nella cartella ${year}, e l'articolo italiano che traduce in quella del ${originalYear}.`,
    expected: ({ folder }) =>
      `Sposta il file in ${folder}: una versione inglese sta nella cartella dell'anno del suo originale, come il suo indirizzo.`,
    example: { year: "2027", originalYear: "2026", folder: "content/en/news/2026/" },
  }),
};
