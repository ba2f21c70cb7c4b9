import { routes } from "../../routes.ts";
import { day, message } from "./define.ts";

const ASK_FOR_A_COMPONENT = "per un contenuto interattivo chiedi agli sviluppatori un componente";

/** Links and images in the text: each must lead somewhere the site will have. */
export const linkMessages = {
  ImageWithoutAlt: message({
    title: "Immagine senza testo alternativo",
    problem: ({ src }: { src: string }) => `l'immagine ${src} non ha il testo alternativo.`,
    expected: () =>
      "Scrivi tra le parentesi quadre che cosa mostra: ![Descrizione dell'immagine](./foto.jpg).",
    hint: "Nell'intestazione il testo alternativo è il campo `alt`. Scrivi che cosa mostra l'immagine, non «immagine» o «foto».",
    example: { src: "./foto.jpg" },
  }),
  LinkToMissingPage: message({
    title: "Link a una pagina che non esiste",
    problem: ({ address }: { address: string; guess?: string | undefined }) =>
      `il link punta a ${address}, una pagina che il sito non ha.`,
    expected: ({ guess }) =>
      guess
        ? `Forse intendevi ${guess}? Controlla l'indirizzo.`
        : `Controlla l'indirizzo: un articolo è ${routes.article({ year: "<anno>", slug: "<nome-del-file>" })}, un membro ${routes.member("<nome-del-file>")}.`,
    example: { address: routes.member("officina-alfo"), guess: routes.member("officina-alfa") },
  }),
  LinkToSamePage: message({
    title: "Link alla pagina stessa",
    problem: ({ address }: { address: string }) =>
      `il link porta a ${address}, cioè a questa stessa pagina: chi legge è già qui.`,
    expected: () =>
      "Togli il link, oppure fai puntare il link a un'altra pagina. Non rimandare a un modulo o a un indirizzo «in fondo a questa pagina»: il sito li mostra da sé, e solo quando sono attivi.",
    hint: "Un link a un titoletto della stessa pagina (`#…`) va bene.",
    example: { address: routes.join() },
  }),
  LinkWithoutTrailingSlash: message({
    title: "Link senza barra finale",
    problem: ({ address }: { address: string }) =>
      `all'indirizzo ${address} manca la barra finale.`,
    expected: ({ address }) => `Scrivi ${address}/.`,
    example: { address: "/membri" },
  }),
  LinkToDraft: message({
    title: "Link a una bozza",
    problem: ({ address, file }: { address: string; file: string }) =>
      `il link punta a ${address}, che è una bozza (${file}) e non viene pubblicata.`,
    expected: () => "Togli il link, oppure pubblica prima la pagina a cui punta.",
    example: {
      address: routes.articleById("2026/bozza"),
      file: "content/news/2026/bozza.md",
    },
  }),
  LinkToScheduled: message({
    title: "Link a un articolo programmato",
    problem: ({ address, pubDate }: { address: string; pubDate: Date | undefined }) =>
      `il link punta a ${address}, un articolo programmato per il ${pubDate ? day(pubDate) : "futuro"}: fino ad allora la pagina non esiste.`,
    expected: () => "Togli il link, oppure pubblica prima la pagina a cui punta.",
    example: {
      address: routes.articleById("2999/programmato"),
      pubDate: new Date("2999-11-30T12:00:00Z"),
    },
  }),
  LinkToSourceFile: message({
    title: "Link a un file invece che a una pagina",
    problem: ({ path }: { path: string; address?: string | undefined }) =>
      `il link punta al file ${path}: nel sito i file non hanno questo indirizzo.`,
    expected: ({ address }) =>
      address
        ? `Scrivi l'indirizzo della pagina: ${address}.`
        : "Scrivi l'indirizzo della pagina, che comincia con /.",
    example: { path: "../../members/officina-alfa.md", address: routes.member("officina-alfa") },
  }),
  LinkedFileNotFound: message({
    title: "Link a un file che non esiste",
    problem: ({ path }: { path: string }) => `il file ${path} non esiste.`,
    expected: () =>
      "Controlla il nome del file, oppure scrivi l'indirizzo della pagina, che comincia con /.",
    example: { path: "./manca.pdf" },
  }),
  DocumentNextToPage: message({
    title: "Documento accanto alla pagina",
    problem: ({ path }: { path: string }) =>
      `il documento ${path} accanto alla pagina non viene pubblicato.`,
    expected: () =>
      "Metti il documento in public/documenti/ e scrivi il link come /documenti/nome-del-file.pdf.",
    example: { path: "./regolamento.pdf" },
  }),
  AnchorMissing: message({
    title: "Ancora mancante",
    problem: ({
      anchor,
      file,
    }: {
      anchor: string;
      file?: string | undefined;
      known: readonly string[];
    }) =>
      `non c'è nessun titolo con l'ancora #${anchor} ${file ? `in ${file}` : "in questa pagina"}.`,
    expected: ({ known }) =>
      known.length > 0
        ? `Usa una di queste ancore: ${known.map((id) => `#${id}`).join(", ")}.`
        : "Togli l'ancora, oppure aggiungi il titolo a cui deve portare.",
    hint: "L'ancora è il titoletto in minuscolo, con i trattini al posto degli spazi: `## Chi può aderire` diventa `#chi-può-aderire`.",
    example: { anchor: "niente", known: ["le-origini"] },
  }),
};

/** Code in content: none is allowed, in Markdown or MDX. */
export const codeMessages = {
  ScriptTag: message({
    title: "Script nel testo",
    problem: () => "c'è un tag <script>: nei contenuti il codice non è ammesso.",
    expected: () => `Togli lo script; ${ASK_FOR_A_COMPONENT}.`,
    example: {},
  }),
  EventHandler: message({
    title: "Attributo che esegue codice",
    problem: ({ attribute }: { attribute: string }) =>
      `c'è l'attributo ${attribute}=, che esegue codice: nei contenuti non è ammesso.`,
    expected: ({ attribute }) => `Togli l'attributo ${attribute}.`,
    example: { attribute: "onclick" },
  }),
  ForeignIframe: message({
    title: "Iframe di un altro sito",
    problem: ({ src }: { src: string }) =>
      `c'è un <iframe> che incorpora ${src || "una pagina"} da un altro sito.`,
    expected: () => "Togli l'iframe e metti al suo posto un link alla pagina esterna.",
    hint: "Per un video o una mappa di un altro sito basta un link alla pagina esterna.",
    example: { src: "https://video.example.com/embed/1" },
  }),
  JavascriptLink: message({
    title: "Link che esegue codice",
    problem: ({ scheme }: { scheme: string }) =>
      `c'è un link ${scheme}:, che esegue codice invece di aprire una pagina.`,
    expected: () => "Togli il link, oppure scrivi un indirizzo che comincia con https:// o con /.",
    example: { scheme: "javascript" },
  }),
  MdxImport: message({
    title: "Import in un file MDX",
    problem: ({ source }: { source: string; folder: string }) =>
      `importa "${source}", che non è un componente del sito.`,
    expected: ({ folder }) =>
      `Importa solo i componenti documentati in EDITING.md, che stanno in ${folder}.`,
    hint: "I componenti del sito si usano senza importarli.",
    example: { source: "some-package", folder: "src/components/mdx/" },
  }),
  MdxExport: message({
    title: "Export in un file MDX",
    problem: () => "c'è un export, cioè codice: nei contenuti non è ammesso.",
    expected: () => `Togli la riga export; ${ASK_FOR_A_COMPONENT}.`,
    example: {},
  }),
};

/** The documents `<Download>` offers, which live in public/documenti/. */
export const documentMessages = {
  DocumentOutsideFolder: message({
    title: "Documento fuori da public/documenti/",
    problem: ({ file }: { file: string }) => `il documento "${file}" non è in public/documenti/.`,
    expected: () =>
      "Metti il documento in public/documenti/ e scrivi l'indirizzo come /documenti/nome-del-file.pdf.",
    example: { file: "/altro/statuto.pdf" },
  }),
  DocumentNotFound: message({
    title: "Documento mancante",
    problem: ({ file }: { file: string }) => `il documento "${file}" non esiste.`,
    expected: ({ file }) => `Copialo in public${file}, oppure correggi il nome.`,
    example: { file: "/documenti/statuto.pdf" },
  }),
};

/** What only the build can tell: the site as a whole. */
export const siteMessages = {
  JoinPageMissing: message({
    title: "Manca la pagina «Come aderire»",
    problem: () => `manca la pagina che spiega come aderire, mostrata in ${routes.join()}.`,
    expected: () => "Crea il file (o togli draft: true) con title e description.",
    example: {},
  }),
};
