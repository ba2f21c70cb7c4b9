import {
  day,
  describeTypes,
  describeValue,
  formatName,
  listFiles,
  message,
  typeName,
} from "./define.ts";
import type { AltTextProblem } from "../../lib/text/alt-text.ts";
import { plural } from "../plural.ts";

const WRITE_THE_HEADER =
  "Scrivi all'inizio del file i campi tra due righe ---, uno per riga, come nome: valore.";

/** The frontmatter as a whole: it must be there, and be YAML. */
export const headerMessages = {
  FrontmatterMissing: message({
    title: "Intestazione mancante",
    problem: () => "il file non comincia con l'intestazione tra due righe ---.",
    expected: () => WRITE_THE_HEADER,
    example: {},
  }),
  FileEncodingWrong: message({
    title: "File non salvato in UTF-8",
    problem: () =>
      "il file contiene caratteri che non sono UTF-8: lettere accentate e apostrofi diventerebbero «�».",
    expected: () =>
      "Salva di nuovo il file con la codifica UTF-8 (nel programma di scrittura: «Salva con nome», codifica UTF-8).",
    example: {},
  }),
  FileTooLarge: message({
    title: "File troppo grande",
    problem: ({ kilobytes }: { kilobytes: number; limit: number }) =>
      `il file pesa ${kilobytes} KB, più di quanto una pagina possa contenere.`,
    expected: ({ limit }) =>
      `Tieni il file sotto i ${limit} KB: dividi il testo in più pagine e metti i dati in un documento da scaricare.`,
    example: { kilobytes: 2400, limit: 1024 },
  }),
  YamlAliasNotAllowed: message({
    title: "Ancore e riferimenti YAML nell'intestazione",
    problem: ({ token }: { token: string }) =>
      `l'intestazione usa ${token}, un'ancora o un riferimento YAML, che il sito non accetta.`,
    expected: () =>
      "Scrivi ogni valore per intero; se il testo comincia con & o *, mettilo tra virgolette doppie.",
    hint: "Ancore (`&nome`) e riferimenti (`*nome`) possono far crescere un'intestazione di poche righe fino a bloccare la pubblicazione.",
    example: { token: "*membri" },
  }),
  FrontmatterNotYaml: message({
    title: "Intestazione non leggibile",
    problem: ({ reason }: { reason: string }) =>
      `l'intestazione non è YAML valido (${reason || "errore di sintassi"}).`,
    expected: () => WRITE_THE_HEADER,
    hint: 'Spesso la causa è un valore che contiene i due punti (`:`) o comincia con un apostrofo e non è tra virgolette doppie: `title: "Adesioni: come fare"`.',
    example: { reason: "bad indentation of a mapping entry" },
  }),
  ValueWithColonNotQuoted: message({
    title: "Due punti in un valore senza virgolette",
    problem: ({ field }: { field: string; value: string }) =>
      `il valore di ${field} contiene i due punti (:) e non è tra virgolette doppie, quindi non si capisce dove finisce il nome del campo e dove comincia il valore.`,
    expected: ({ field, value }) =>
      `Metti il valore tra virgolette doppie: ${field}: ${JSON.stringify(value)}.`,
    hint: "Vale per ogni valore che contiene `: ` (i due punti seguiti da uno spazio), come un titolo con un sottotitolo.",
    example: { field: "title", value: "Adesioni: come fare" },
  }),
  DraftNotAllowed: message({
    title: "Bozza dove non ci sono bozze",
    problem: ({ collection }: { collection: string }) =>
      `i file di ${collection} non possono essere bozze: questo verrebbe pubblicato comunque.`,
    expected: () =>
      "Togli la riga draft; per non pubblicare il file ancora, tienilo fuori dalla cartella dei contenuti.",
    example: { collection: "Membri" },
  }),
  UpdatedInFuture: message({
    title: "Aggiornamento nel futuro",
    problem: ({ updated }: { updated: Date }) =>
      `la data di aggiornamento (${day(updated)}) è nel futuro.`,
    expected: () => "Scrivi il giorno in cui il testo è stato davvero aggiornato, oggi o prima.",
    example: { updated: new Date("2099-01-01T12:00:00Z") },
  }),
  FrontmatterNotFields: message({
    title: "Intestazione senza campi",
    problem: () => "l'intestazione non è un elenco di campi.",
    expected: () => WRITE_THE_HEADER,
    example: {},
  }),
};

/** A field's value the schema refuses, one message per kind of mistake zod knows. */
export const valueMessages = {
  FieldMissing: message({
    title: "Campo obbligatorio mancante",
    problem: () => "manca, ed è obbligatorio.",
    expected: ({ types }: { types: readonly string[] }) =>
      `Aggiungi il campo con ${describeTypes(types)}.`,
    hint: "Scrivi il nome del campo esattamente come nella tabella dei campi, maiuscole comprese.",
    example: { types: ["string"] },
  }),
  WrongType: message({
    title: "Valore del tipo sbagliato",
    problem: ({ value, type }: { value: unknown; type: string }) =>
      `è ${describeValue(value)}, che non è ${typeName(type)}.`,
    expected: ({ type }) => `Scrivi ${typeName(type)}.`,
    hint: "Un elenco va tra parentesi quadre, `true` e `false` si scrivono senza virgolette.",
    example: { value: "distretto", type: "array" },
  }),
  ValueNotAllowed: message({
    title: "Valore non ammesso",
    problem: ({ value }: { value: unknown; allowed: readonly string[] }) =>
      `${describeValue(value)} non è tra i valori ammessi.`,
    expected: ({ allowed }) => `Scrivi uno di questi valori: ${allowed.join(", ")}.`,
    hint: "Scrivi il valore esattamente come nell'elenco, per esempio `universita` senza accento. Vale anche per `tipo` e `provincia` di `<MemberList>`.",
    example: {
      value: "azienda",
      allowed: ["impresa", "universita", "associazione", "istituzione", "consorzio", "ricerca"],
    },
  }),
  FieldEmpty: message({
    title: "Campo vuoto",
    problem: () => "è vuoto.",
    expected: () => "Scrivi un testo.",
    hint: "Se il campo è facoltativo, puoi anche toglierlo.",
    example: {},
  }),
  TextTooShort: message({
    title: "Testo troppo corto",
    problem: (_: { minimum: number }) => "è troppo corto.",
    expected: ({ minimum }) => `Scrivi almeno ${plural(minimum, "carattere", "caratteri")}.`,
    example: { minimum: 10 },
  }),
  TextTooLong: message({
    title: "Testo troppo lungo",
    problem: (_: { maximum: number }) => "è troppo lungo.",
    expected: ({ maximum }) => `Scrivi al massimo ${plural(maximum, "carattere", "caratteri")}.`,
    example: { maximum: 160 },
  }),
  TooFewItems: message({
    title: "Elenco troppo corto",
    problem: (_: { minimum: number }) => "ha troppo pochi elementi.",
    expected: ({ minimum }) => `Scrivi almeno ${plural(minimum, "elemento", "elementi")}.`,
    example: { minimum: 2 },
  }),
  TooManyItems: message({
    title: "Elenco troppo lungo",
    problem: (_: { maximum: number }) => "ha troppi elementi.",
    expected: ({ maximum }) => `Scrivi al massimo ${plural(maximum, "elemento", "elementi")}.`,
    example: { maximum: 5 },
  }),
  NumberTooSmall: message({
    title: "Numero troppo piccolo",
    problem: ({ value }: { value: unknown; minimum: number; inclusive: boolean }) =>
      `${describeValue(value)} è troppo piccolo.`,
    expected: ({ minimum, inclusive }) =>
      `Scrivi un valore ${inclusive ? "di almeno" : "maggiore di"} ${minimum}.`,
    example: { value: 0, minimum: 1, inclusive: true },
  }),
  NumberTooBig: message({
    title: "Numero troppo grande",
    problem: ({ value }: { value: unknown; maximum: number; inclusive: boolean }) =>
      `${describeValue(value)} è troppo grande.`,
    expected: ({ maximum, inclusive }) =>
      `Scrivi un valore ${inclusive ? "di al massimo" : "minore di"} ${maximum}.`,
    example: { value: 120, maximum: 99, inclusive: true },
  }),
  NotMultipleOf: message({
    title: "Numero non multiplo",
    problem: ({ value, divisor }: { value: unknown; divisor: number }) =>
      `${describeValue(value)} non è un multiplo di ${divisor}.`,
    expected: ({ divisor }) => `Scrivi un multiplo di ${divisor}.`,
    example: { value: 7, divisor: 5 },
  }),
  WrongFormat: message({
    title: "Indirizzo web o formato non valido",
    problem: ({ value, format }: { value: unknown; format: string }) =>
      `${describeValue(value)} non è ${formatName(format)}.`,
    expected: ({ format }) => `Scrivi ${formatName(format)}.`,
    hint: "Un indirizzo web si scrive completo, con `https://` davanti.",
    example: { value: "www.officina-esempio.it", format: "url" },
  }),
  NoTypeMatches: message({
    title: "Valore di un tipo non ammesso",
    problem: ({ value }: { value: unknown; types: readonly string[] }) =>
      `${describeValue(value)} non è un valore valido.`,
    expected: ({ types }) => `Scrivi ${describeTypes(types)}.`,
    example: { value: true, types: ["string", "array"] },
  }),
  UnrecognizedFields: message({
    title: "Campi non ammessi",
    problem: ({ keys }: { keys: readonly string[] }) => `campi sconosciuti: ${keys.join(", ")}.`,
    expected: () => "Togli i campi che non servono o correggi il loro nome.",
    example: { keys: ["autor"] },
  }),
  PlaceholderNotReplaced: message({
    title: "Testo segnaposto da sostituire",
    problem: ({ text }: { text: string; canBeDraft: boolean }) =>
      `c'è ancora il testo segnaposto «${text}», che verrebbe pubblicato così com'è.`,
    expected: ({ canBeDraft }) =>
      canBeDraft
        ? "Scrivi al suo posto il testo vero; finché il file non è pronto, lascia la riga draft: true."
        : "Scrivi al suo posto il testo vero prima del commit: questi file non hanno bozze.",
    hint: "`npm run new` scrive i testi da completare con `SOSTITUISCI` davanti. Notizie, eventi e pagine del distretto possono tenerli finché sono bozze; membri, comitato, gruppi di lavoro e pagine di servizio no. Un testo facoltativo, come quello di un posto nel comitato, si può anche togliere.",
    example: { text: "SOSTITUISCI: la descrizione dell'organizzazione.", canBeDraft: false },
  }),
  InvalidValue: message({
    title: "Valore non valido",
    problem: ({ value }: { value: unknown }) => `${describeValue(value)} non è un valore valido.`,
    expected: () => "Correggi il valore come dice la tabella dei campi.",
    example: { value: "?" },
  }),
};

/** Dates, references to members, images and other fields with rules of their own. */
export const fieldMessages = {
  DateInvalid: message({
    title: "Data non valida",
    problem: ({ value }: { value: string; withTime: boolean }) => `data non valida: "${value}".`,
    expected: ({ withTime }) =>
      `Scrivi una data come 2026-11-30${withTime ? ", oppure data e ora con il fuso come 2026-11-30T09:30:00+01:00" : ""}.`,
    example: { value: "domani", withTime: true },
  }),
  DateDayFirst: message({
    title: "Data scritta giorno/mese/anno",
    problem: ({ value }: { value: string; suggestion: string }) =>
      `la data "${value}" è scritta giorno, mese, anno: il sito la legge solo come anno-mese-giorno.`,
    expected: ({ suggestion }) => `Scrivi ${suggestion}.`,
    hint: "Vale per le date scritte con le barre, i trattini o i punti: `25/11/2026`, `25-11-2026` e `25.11.2026` si scrivono tutte `2026-11-25`.",
    example: { value: "25/11/2026", suggestion: "2026-11-25" },
  }),
  DateTimeWithoutOffset: message({
    title: "Data e ora senza fuso orario",
    problem: ({ value }: { value: string; suggestion: string }) =>
      `la data e ora ${value} non ha il fuso orario (offset) e verrebbe letta come ora di Greenwich.`,
    expected: ({ value, suggestion }) =>
      `Aggiungi il fuso: scrivi ${suggestion} (ora italiana), oppure solo la data ${value.slice(0, 10)}.`,
    hint: "Il fuso è `+01:00` da fine ottobre a fine marzo e `+02:00` d'estate.",
    example: { value: "2026-11-21T09:30:00", suggestion: "2026-11-21T09:30:00+01:00" },
  }),
  UpdatedBeforePublished: message({
    title: "Aggiornamento prima della pubblicazione",
    problem: ({ updated, published }: { updated: Date; published: Date }) =>
      `l'aggiornamento (${day(updated)}) è precedente alla pubblicazione (pubDate, ${day(published)}).`,
    expected: () => "Scrivi una data uguale o successiva a pubDate, oppure togli updatedDate.",
    example: {
      updated: new Date("2026-01-01T12:00:00Z"),
      published: new Date("2026-01-05T12:00:00Z"),
    },
  }),
  MemberNotFound: message({
    title: "Membro inesistente",
    problem: ({ id }: { id: string }) => `il membro "${id}" non esiste.`,
    expected: () =>
      "Scrivi il nome di un file di content/members/ senza .md; se il membro è nuovo, crealo prima.",
    hint: 'Vale per `members` nelle notizie, per `member` nel comitato, per `organizers` negli eventi, per `coordinator` e `members` nei gruppi di lavoro e per `<MemberCard id="…">` nei file MDX.',
    example: { id: "officina-inesistente" },
  }),
  CommitteeSeatDuplicate: message({
    title: "Due posti nel comitato per lo stesso membro",
    problem: ({ member, others }: { member: string; others: readonly string[] }) =>
      `il membro "${member}" ha già un posto nel comitato in ${others.join(", ")}.`,
    expected: () => "Tieni un solo file per ogni membro del comitato.",
    example: { member: "csmt-gestione", others: ["content/committee/csmt.md"] },
  }),
  ImageNotNextToPage: message({
    title: "Immagine che non sta accanto alla pagina",
    problem: ({ src }: { src: string }) => `l'immagine "${src}" non è un file accanto alla pagina.`,
    expected: () =>
      "Copia il file nella cartella della pagina e scrivi il percorso come ./foto.jpg.",
    example: { src: "https://www.esempio.it/foto.jpg" },
  }),
  ImageWrittenAsPath: message({
    title: "Immagine scritta come solo file",
    problem: ({ src }: { field: string; src: string }) =>
      `c'è solo il file dell'immagine (${src}), ma un'immagine ha due campi: src, il file, e alt, che cosa mostra.`,
    expected: ({ field, src }) =>
      `Scrivi ${field}: da solo sulla sua riga e sotto due righe rientrate di due spazi, «  src: ${src}» e «  alt: "Che cosa mostra l'immagine"».`,
    hint: 'Come nell\'esempio delle notizie: `image:` e sotto, rientrate, `src: ./foto.jpg` e `alt: "I rappresentanti dei membri in aula magna"`. Si può anche scrivere su una riga: `image: { src: ./foto.jpg, alt: "…" }`.',
    example: { field: "image", src: "./foto-evento.jpg" },
  }),
  ImageNotFound: message({
    title: "Immagine mancante",
    problem: ({ src }: { src: string }) =>
      `l'immagine "${src}" non esiste nella cartella della pagina.`,
    expected: () => "Copia l'immagine accanto alla pagina e controlla il nome, maiuscole comprese.",
    hint: "Vale per `image.src`, per `logo` e per le immagini nel testo.",
    example: { src: "./foto-evento.jpg" },
  }),
  ImageAltMeaningless: message({
    title: "Descrizione dell'immagine che non descrive",
    problem: ({ alt, src, reason }: { alt: string; src: string; reason: AltTextProblem }) =>
      ({
        generic: `la descrizione "${alt}" dice che è un'immagine, non che cosa mostra (${src}).`,
        fileName: `la descrizione "${alt}" è il nome di un file, non dice che cosa mostra l'immagine (${src}).`,
        tooShort: `la descrizione "${alt}" è troppo corta per dire che cosa mostra l'immagine (${src}).`,
      })[reason],
    expected: () =>
      'Scrivi in una frase che cosa si vede, come lo diresti a chi non può guardarla: per esempio "I rappresentanti dei membri nell\'aula magna del Politecnico".',
    hint: "Vale per `image.alt` e per le immagini nel testo, anche dentro `<Figure>`. Chi usa un lettore di schermo sente questa descrizione al posto dell'immagine: «foto», «immagine», «logo» o il nome del file non gli dicono nulla.",
    example: { alt: "foto", src: "./assemblea.jpg", reason: "generic" },
  }),
  UnknownField: message({
    title: "Campo sconosciuto",
    problem: (_: { guess?: string | undefined; known: readonly string[] }) =>
      "il campo non esiste: il suo valore non verrebbe pubblicato.",
    expected: ({ guess, known }) =>
      guess
        ? `Forse intendevi ${guess}? Correggi il nome, oppure togli la riga.`
        : `Correggi il nome, oppure togli la riga; i campi possibili sono: ${known.join(", ")}.`,
    hint: "Di solito il nome è scritto male (`autore` invece di `author`): il messaggio suggerisce quello giusto. Finché il nome non è corretto il sito non viene pubblicato, così nulla di quello che hai scritto va perso.",
    example: { guess: "pubDate", known: ["title", "description", "pubDate"] },
  }),
  TagSpelledDifferently: message({
    title: "Tag scritto in modi diversi",
    severity: "warning",
    problem: ({
      tag,
      variants,
    }: {
      tag: string;
      variants: readonly { spelling: string; files: readonly string[] }[];
      mostUsed: string;
    }) =>
      `il tag "${tag}" è scritto in modi diversi: ${variants
        .map(({ spelling, files }) => `"${spelling}" in ${listFiles(files)}`)
        .join("; ")}.`,
    expected: ({ mostUsed }) => `Scrivi sempre "${mostUsed}".`,
    hint: "Maiuscole, accenti e spazi non contano: è lo stesso tag, con una pagina sola.",
    example: {
      tag: "veicoli elettrìci",
      variants: [
        { spelling: "Veicoli elettrici", files: ["content/news/2026/primo.md"] },
        { spelling: "veicoli elettrìci", files: ["content/news/2026/terzo.md"] },
      ],
      mostUsed: "Veicoli elettrici",
    },
  }),
};
