import { RESERVED_SEGMENTS, routes } from "../../routes.ts";
import { message } from "./define.ts";

/** Where files sit, what they are called, and the addresses their names give them. */
export const fileMessages = {
  FileNameInvalid: message({
    title: "Nome del file non valido",
    problem: (_: { suggestion: string; asset: boolean }) =>
      "il nome contiene maiuscole, spazi, accenti o altri segni.",
    expected: ({ suggestion, asset }) =>
      asset
        ? `Rinomina il file in ${suggestion} e correggi i riferimenti.`
        : `Rinomina il file in ${suggestion} (parole minuscole unite da trattini).`,
    hint: "Il nome diventa l'indirizzo della pagina: dopo la pubblicazione non va più cambiato.",
    example: { suggestion: "content/members/officina-beta.md", asset: false },
  }),
  FileOutsideCollections: message({
    title: "File fuori dalle cartelle dei contenuti",
    problem: (_: { folders: readonly string[] }) =>
      "il file è fuori dalle cartelle dei contenuti e non verrebbe pubblicato.",
    expected: ({ folders }) => `Spostalo in una di queste cartelle: ${folders.join(", ")}.`,
    example: { folders: ["news", "members", "committee", "district", "pages"] },
  }),
  ExtensionNotRead: message({
    title: "Estensione che il sito non legge",
    problem: ({ extension }: { extension: string; suggestion: string }) =>
      `l'estensione ".${extension}" non viene letta: il file non verrebbe pubblicato.`,
    expected: ({ suggestion }) => `Rinomina il file in ${suggestion}.`,
    example: { extension: "markdown", suggestion: "content/news/2026/articolo.md" },
  }),
  FileTypeNotAllowed: message({
    title: "Tipo di file non ammesso",
    problem: (_: { allowed: readonly string[] }) =>
      "non è una pagina (.md o .mdx), né un'immagine o un documento.",
    expected: ({ allowed }) =>
      `Togli il file, oppure salvalo come .md; immagini e documenti ammessi: ${allowed.join(", ")}.`,
    hint: "Il messaggio elenca tutti i tipi di file ammessi; qui ne compaiono solo alcuni.",
    example: { allowed: ["jpg", "png", "pdf"] },
  }),
  SubfolderNotAllowed: message({
    title: "Sottocartella non ammessa",
    problem: ({ folder }: { folder: string }) =>
      `i file di ${folder} non possono stare in una sottocartella.`,
    expected: ({ folder }) => `Sposta il file direttamente in ${folder}.`,
    hint: "Solo le notizie stanno in sottocartelle, una per anno.",
    example: { folder: "content/members/" },
  }),
  NewsWrongYearFolder: message({
    title: "Notizia nella cartella sbagliata",
    problem: ({ id }: { id: string; year: string }) =>
      `l'articolo è in content/news/${id}, ma deve stare nella cartella dell'anno di pubblicazione.`,
    expected: ({ year }) =>
      `Spostalo in content/news/${year}/ con un nome di parole minuscole unite da trattini.`,
    hint: "L'anno è quello di `pubDate`, in Italia.",
    example: { id: "2025/fuori-posto", year: "2026" },
  }),
  AddressTaken: message({
    title: "Due file allo stesso indirizzo",
    problem: ({ address, others }: { address: string; others: readonly string[] }) =>
      `sarebbe pubblicato a ${address} come ${others.join(", ")}.`,
    expected: () => "Rinomina uno dei file o toglilo: ogni pagina ha un indirizzo solo.",
    hint: "Succede con due file dallo stesso nome, come `chi-siamo.md` e `chi-siamo.mdx`.",
    example: { address: "/distretto/chi-siamo/", others: ["content/district/chi-siamo.mdx"] },
  }),
  AddressReserved: message({
    title: "Pagina con il nome di una sezione",
    problem: ({ address }: { address: string; reserved: readonly string[] }) =>
      `la pagina sarebbe pubblicata a ${address}, che è già una sezione del sito.`,
    expected: ({ reserved }) =>
      `Rinomina il file con un altro nome; questi sono riservati: ${reserved.join(", ")}.`,
    example: { address: routes.news(), reserved: RESERVED_SEGMENTS },
  }),
};
