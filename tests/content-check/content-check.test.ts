import { describe, expect, it } from "vitest";
import { COLLECTION_FOLDERS } from "../../src/collections.ts";
import type { EditorMessage } from "../../src/i18n/editor-messages.ts";
import { formatProblem } from "../../src/lib/data/content-errors.ts";
import { RESERVED_SEGMENTS } from "../../src/routes.ts";
import { romeDay } from "../../src/schemas/dates.ts";
import { MEMBER_TYPES, PROVINCES } from "../../src/schemas/members.ts";
import { checkFixture, fixture, fixtureFindings, runScript } from "./run-script.ts";

/**
 * Runs the check's script on a fixture (its exit status and printed output) and the check itself
 * (its findings), with a finder for the messages at a file, line and field.
 */
function check(name: string) {
  const result = checkFixture(name);
  const findings = fixtureFindings(name);
  const at = (file: string, line: number, field: string): EditorMessage[] =>
    findings
      .filter((found) => found.file === `${fixture(name)}/${file}`)
      .filter((found) => found.line === line && found.field === field)
      .map(({ name: messageName, params }) => ({ name: messageName, params }) as EditorMessage);
  return { ...result, findings, at };
}

describe("the content check", () => {
  it("passes a clean content folder with exit status 0 and counts what it would publish", () => {
    const { status, stdout } = check("clean");
    expect(stdout, stdout).toContain("0 errori, 0 avvisi");
    expect(status).toBe(0);
    expect(stdout).toContain("Notizie: 2 pubblicati, 1 bozza, 1 programmato");
    expect(stdout).toContain(
      `programmato per il 30 novembre 2999: ${fixture("clean")}/news/2999/articolo-programmato.md`,
    );
    expect(stdout).toContain("Membri: 2 pubblicati, 0 bozze, 0 programmati");
    expect(stdout).toContain("Comitato: 1 pubblicato, 0 bozze, 0 programmati");
    expect(stdout).toContain("Distretto: 1 pubblicato, 1 bozza, 0 programmati");
    expect(stdout).toContain("Pagine: 1 pubblicato, 0 bozze, 0 programmati");
    expect(stdout).toContain("Eventi: 1 pubblicato, 1 bozza, 0 programmati");
    expect(stdout).toContain("Gruppi di lavoro: 1 pubblicato, 0 bozze, 0 programmati");
  });

  it("passes the real content with no errors", () => {
    const { status, stdout } = runScript("scripts/build/check-content.ts");
    expect(stdout, stdout).toMatch(/: 0 errori, \d+ avvis/);
    expect(status).toBe(0);
  });

  it("as `npm run check:content <folder>`, prints the same report and exits with status 1 on an error", () => {
    const script = runScript("scripts/build/check-content.ts", [fixture("schema")]);
    const inProcess = checkFixture("schema");
    const findings = (report: string) =>
      report.split("\n").filter((line) => line.startsWith(`${fixture("schema")}/`));
    expect(findings(script.stdout).length).toBeGreaterThan(0);
    expect(findings(script.stdout)).toEqual(findings(inProcess.stdout));
    expect(script.status).toBe(1);
    expect(inProcess.status).toBe(1);
  });

  it("as `npm run check:content <folder>`, refuses a folder that does not exist", () => {
    const { status, output } = runScript("scripts/build/check-content.ts", ["nessuna-cartella"]);
    expect(output).toContain("nessuna-cartella");
    expect(status).toBe(1);
  });

  it("prints every finding as file:line  field  problem  expected, errors before warnings", () => {
    for (const name of ["several-broken", "tags", "links"]) {
      const { stdout, findings } = check(name);
      const printed = stdout.split("\n").filter((line) => line.startsWith(`${fixture(name)}/`));
      expect(findings.length).toBeGreaterThan(0);
      expect(printed).toEqual(findings.map(formatProblem));
    }
  });

  it("explains every value the schemas refuse, with file, line and field", () => {
    const { status, at, stdout } = check("schema");
    expect(status).toBe(1);
    expect(stdout).toContain("9 errori");
    expect(at("news/2026/senza-titolo.md", 1, "title")).toEqual([
      { name: "FieldMissing", params: { types: ["string"] } },
    ]);
    expect(at("news/2026/senza-titolo.md", 3, "pubDate")).toEqual([
      { name: "DateInvalid", params: { value: "domani", withTime: true } },
    ]);
    expect(at("members/officina-alfa.md", 3, "type")).toEqual([
      { name: "ValueNotAllowed", params: { value: "azienda", allowed: MEMBER_TYPES } },
    ]);
    expect(at("members/officina-alfa.md", 4, "province")).toEqual([
      { name: "ValueNotAllowed", params: { value: "TO", allowed: PROVINCES } },
    ]);
    expect(at("members/officina-alfa.md", 5, "website")).toEqual([
      { name: "WrongFormat", params: { value: "www.officina-alfa.it", format: "url" } },
    ]);
    expect(at("members/officina-alfa.md", 6, "sectors")).toEqual([
      { name: "WrongType", params: { value: "Motori", type: "array" } },
    ]);
    expect(at("committee/officina-alfa.md", 3, "role")).toEqual([
      { name: "FieldEmpty", params: {} },
    ]);
    expect(at("committee/officina-alfa.md", 4, "order")).toEqual([
      { name: "WrongType", params: { value: 1.5, type: "int" } },
    ]);
    expect(at("district/senza-intestazione.md", 1, "(intestazione)")).toEqual([
      { name: "FrontmatterMissing", params: {} },
    ]);
  });

  it("refuses file names that are not lowercase words joined by hyphens, and stray files", () => {
    const { status, at } = check("file-names");
    expect(status).toBe(1);
    const folder = fixture("file-names");
    expect(at("members/Officina Beta.md", 1, "(nome del file)")).toEqual([
      {
        name: "FileNameInvalid",
        params: { suggestion: `${folder}/members/officina-beta.md`, asset: false },
      },
    ]);
    expect(at("members/Logo Beta.PNG", 1, "(nome del file)")).toEqual([
      {
        name: "FileNameInvalid",
        params: { suggestion: `${folder}/members/logo-beta.png`, asset: true },
      },
    ]);
    expect(at("members/appunti.txt", 1, "(nome del file)")).toEqual([
      { name: "FileTypeNotAllowed", params: { allowed: expect.arrayContaining(["pdf", "jpg"]) } },
    ]);
    expect(at("news/2026/articolo.markdown", 1, "(nome del file)")).toEqual([
      {
        name: "ExtensionNotRead",
        params: { extension: "markdown", suggestion: `${folder}/news/2026/articolo.md` },
      },
    ]);
    expect(at("leggimi.md", 1, "(nome del file)")).toEqual([
      { name: "FileOutsideCollections", params: { folders: COLLECTION_FOLDERS } },
    ]);
  });

  it("refuses an article outside the folder of its year", () => {
    const { status, at } = check("news-year");
    expect(status).toBe(1);
    expect(at("news/2025/fuori-posto.md", 4, "(posizione del file)")).toEqual([
      { name: "NewsWrongYearFolder", params: { id: "2025/fuori-posto", year: "2026" } },
    ]);
  });

  it("refuses two entries at one address and a page that takes a section's address", () => {
    const { status, at } = check("addresses");
    expect(status).toBe(1);
    const folder = fixture("addresses");
    expect(at("district/chi-siamo.md", 1, "(indirizzo)")).toEqual([
      {
        name: "AddressTaken",
        params: { address: "/distretto/chi-siamo/", others: [`${folder}/district/chi-siamo.mdx`] },
      },
    ]);
    expect(at("district/chi-siamo.mdx", 1, "(indirizzo)")).toEqual([
      {
        name: "AddressTaken",
        params: { address: "/distretto/chi-siamo/", others: [`${folder}/district/chi-siamo.md`] },
      },
    ]);
    expect(at("pages/notizie.md", 1, "(indirizzo)")).toEqual([
      { name: "AddressReserved", params: { address: "/notizie/", reserved: RESERVED_SEGMENTS } },
    ]);
  });

  it("refuses a news members id or a committee member that does not exist", () => {
    const { status, at } = check("member-references");
    expect(status).toBe(1);
    expect(at("news/2026/membro-mancante.md", 5, "members (2°)")).toEqual([
      { name: "MemberNotFound", params: { id: "officina-inesistente" } },
    ]);
    expect(at("committee/fantasma.md", 2, "member")).toEqual([
      { name: "MemberNotFound", params: { id: "fantasma" } },
    ]);
  });

  it("refuses every bad event and working group with its file, line and field", () => {
    const { status, at, stdout } = check("events");
    expect(status).toBe(1);
    expect(stdout).toContain("10 errori");
    expect(at("events/fine-prima.md", 5, "end")).toEqual([
      {
        name: "EventEndBeforeStart",
        params: { end: "sabato 20 marzo 2027, ore 8:00", start: "sabato 20 marzo 2027, ore 9:30" },
      },
    ]);
    expect(at("events/fine-di-altro-tipo.md", 5, "end")).toEqual([
      { name: "EventEndOtherKind", params: { startAllDay: true, suggestion: "2027-05-14" } },
    ]);
    expect(at("events/senza-luogo.md", 1, "location")).toEqual([
      { name: "EventPlaceMissing", params: {} },
    ]);
    expect(at("events/riferimenti.md", 10, "organizers (2°)")).toEqual([
      { name: "MemberNotFound", params: { id: "officina-fantasma" } },
    ]);
    expect(at("events/riferimenti.md", 11, "groups (2°)")).toEqual([
      { name: "GroupNotFound", params: { id: "filiera" } },
    ]);
    expect(at("events/riferimenti.md", 9, "location.province")).toEqual([
      expect.objectContaining({ name: "ValueNotAllowed" }),
    ]);
    expect(at("events/riferimenti.md", 12, "registration")).toEqual([
      expect.objectContaining({ name: "WrongFormat" }),
    ]);
    expect(at("groups/gruppo-sbagliato.md", 4, "coordinator")).toEqual([
      { name: "MemberNotFound", params: { id: "officina-beta" } },
    ]);
    expect(at("groups/gruppo-sbagliato.md", 5, "members (2°)")).toEqual([
      { name: "MemberNotFound", params: { id: "nessuno" } },
    ]);
    expect(at("groups/gruppo-sbagliato.md", 6, "status")).toEqual([
      {
        name: "ValueNotAllowed",
        params: { value: "attiva", allowed: ["attivo", "in-avvio", "concluso"] },
      },
    ]);
    // The good event, and its links to a group page and the calendar, pass.
    expect(stdout).not.toContain("events/corretto.md");
    expect(stdout).toContain("Eventi: 1 pubblicato, 0 bozze, 0 programmati, 4 con errori");
  });

  it("refuses a newsletter issue that presents what readers could not open, or has no number", () => {
    const { status, at, stdout } = check("newsletter");
    expect(status).toBe(1);
    expect(stdout).toContain("9 errori");
    expect(at("newsletter/2.md", 7, "articles (2°)")).toEqual([
      { name: "NewsletterArticleDraft", params: { id: "2026/bozza" } },
    ]);
    expect(at("newsletter/2.md", 8, "articles (3°)")).toEqual([
      {
        name: "NewsletterArticleLater",
        params: { id: "2026/dopo", published: romeDay(2026, 11, 25), sent: romeDay(2026, 11, 20) },
      },
    ]);
    expect(at("newsletter/2.md", 9, "articles (4°)")).toEqual([
      { name: "ArticleNotFound", params: { id: "2026/inesistente" } },
    ]);
    expect(at("newsletter/2.md", 11, "events (1°)")).toEqual([
      { name: "NewsletterEventDraft", params: { id: "evento-bozza" } },
    ]);
    expect(at("newsletter/2.md", 12, "events (2°)")).toEqual([
      { name: "EventNotFound", params: { id: "evento-inesistente" } },
    ]);
    // Two files of one number would be published at one address.
    expect(at("newsletter/2.mdx", 1, "(indirizzo)")).toEqual([
      expect.objectContaining({
        name: "AddressTaken",
        params: expect.objectContaining({ address: "/notiziario/2/" }),
      }),
    ]);
    expect(at("newsletter/numero-3.md", 1, "(nome del file)")).toEqual([
      {
        name: "NewsletterNumberInvalid",
        params: {
          file: `${fixture("newsletter")}/newsletter/numero-3.md`,
          suggestion: `${fixture("newsletter")}/newsletter/3.md`,
        },
      },
    ]);
    expect(at("newsletter/numero-3.md", 5, "articles")).toEqual([
      { name: "NewsletterEmpty", params: {} },
    ]);
    // An article of the issue's own day passes (the issue waits for it), and so does a draft
    // issue that presents a draft article.
    expect(stdout).not.toContain("newsletter/1.md");
    expect(stdout).not.toContain("newsletter/4.md");
  });

  it("refuses an image file that does not exist and an image without alt", () => {
    const { status, at } = check("images");
    expect(status).toBe(1);
    expect(at("news/2026/immagine-mancante.md", 6, "image.src")).toEqual([
      { name: "ImageNotFound", params: { src: "./non-ce.jpg" } },
    ]);
    expect(at("members/officina-alfa.md", 4, "logo")).toEqual([
      { name: "ImageNotFound", params: { src: "./logo-mancante.png" } },
    ]);
    expect(at("news/2026/senza-alt.md", 5, "image.alt")).toEqual([
      { name: "FieldMissing", params: { types: ["string"] } },
    ]);
    expect(at("news/2026/senza-alt.md", 11, "(testo)")).toEqual([
      { name: "ImageWithoutAlt", params: { src: "./foto.png" } },
    ]);
  });

  it("refuses internal links to pages the site will not have, drafts and missing anchors", () => {
    const { status, at } = check("links");
    expect(status).toBe(1);
    const file = "news/2026/link-rotti.md";
    const folder = fixture("links");
    expect(at(file, 7, "(testo)")).toEqual([
      {
        name: "LinkToMissingPage",
        params: { address: "/notizie/2026/non-esiste/", guess: "/notizie/2026/link-rotti/" },
      },
      {
        name: "LinkToMissingPage",
        params: { address: "/membri/officina-beta/", guess: "/membri/officina-alfa/" },
      },
    ]);
    expect(at(file, 9, "(testo)")).toEqual([
      {
        name: "LinkToDraft",
        params: { address: "/notizie/2026/bozza/", file: `${folder}/news/2026/bozza.md` },
      },
      {
        name: "LinkToScheduled",
        params: { address: "/notizie/2999/programmato/", pubDate: romeDay(2999, 11, 30) },
      },
    ]);
    expect(at(file, 11, "(testo)")).toEqual([
      {
        name: "LinkToSourceFile",
        params: { path: "../../members/officina-alfa.md", address: "/membri/officina-alfa/" },
      },
      { name: "LinkedFileNotFound", params: { path: "./manca.pdf" } },
    ]);
    expect(at(file, 13, "(testo)")).toEqual([
      { name: "AnchorMissing", params: { anchor: "niente", known: [] } },
      {
        name: "AnchorMissing",
        params: {
          anchor: "la-storia",
          file: `${folder}/district/chi-siamo.md`,
          known: ["le-origini"],
        },
      },
    ]);
    expect(at(file, 15, "(testo)")).toEqual([
      { name: "LinkWithoutTrailingSlash", params: { address: "/membri" } },
      { name: "LinkToMissingPage", params: { address: "/notizie/tag/nessuno/" } },
    ]);
  });

  it("refuses a link to the page it is written on, but not to one of its sections", () => {
    const { status, at, stdout } = check("self-links");
    expect(status).toBe(1);
    expect(at("district/come-aderire.md", 9, "(testo)")).toEqual([
      { name: "LinkToSamePage", params: { address: "/aderisci/" } },
    ]);
    expect(at("district/chi-siamo.md", 7, "(testo)")).toEqual([
      { name: "LinkToSamePage", params: { address: "/distretto/chi-siamo/" } },
    ]);
    expect(at("district/come-aderire.md", 11, "(testo)")).toEqual([]);
    expect(stdout).toContain("2 errori");
  });

  it("warns about one tag written several ways, naming the variants and files, and exits 0", () => {
    const { status, at, findings } = check("tags");
    expect(status).toBe(0);
    const folder = fixture("tags");
    expect(at("news/2026/terzo.md", 5, "tags")).toEqual([
      {
        name: "TagSpelledDifferently",
        params: {
          tag: "veicoli elettrìci",
          variants: [
            {
              spelling: "Veicoli elettrici",
              files: [`${folder}/news/2026/primo.md`, `${folder}/news/2026/secondo.md`],
            },
            { spelling: "veicoli elettrìci", files: [`${folder}/news/2026/terzo.md`] },
          ],
          mostUsed: "Veicoli elettrici",
        },
      },
    ]);
    expect(findings.map((found) => found.severity)).toEqual(["warning"]);
  });

  it("recommends the spelling the site shows, which counts published articles only", () => {
    const { at } = check("tags-drafts");
    const recommended = (file: string) =>
      at(file, 5, "tags").map((found) => (found.params as { mostUsed: string }).mostUsed);
    // Two drafts write "Veicoli elettrici"; the one published article, shown on the tag page,
    // writes "veicoli elettrìci".
    expect(recommended("news/2026/primo.md")).toEqual(["veicoli elettrìci"]);
    expect(recommended("news/2026/secondo.md")).toEqual(["veicoli elettrìci"]);
    expect(at("news/2026/terzo.md", 5, "tags")).toEqual([]);
  });

  it("refuses an update dated before publication", () => {
    const { status, at, stdout } = check("updated-date");
    expect(status).toBe(1);
    expect(stdout).toContain("1 errore");
    expect(at("news/2026/aggiornato-prima.md", 5, "updatedDate")).toEqual([
      {
        name: "UpdatedBeforePublished",
        params: { updated: romeDay(2026, 1, 1), published: romeDay(2026, 1, 5) },
      },
    ]);
  });

  it("refuses unknown frontmatter keys, nested ones too, and suggests the nearest known one", () => {
    const { status, at, stdout, findings } = check("unknown-keys");
    expect(status).toBe(1);
    expect(at("news/2026/pubdate-minuscolo.md", 4, "pubdate")).toEqual([
      { name: "UnknownField", params: expect.objectContaining({ guess: "pubDate" }) },
    ]);
    expect(at("news/2026/campi-sconosciuti.md", 5, "autor")).toEqual([
      { name: "UnknownField", params: expect.objectContaining({ guess: "author" }) },
    ]);
    expect(at("news/2026/immagine-campo-in-piu.md", 8, "image.didascalia")).toEqual([
      { name: "UnknownField", params: { guess: undefined, known: ["src", "alt"] } },
    ]);
    expect(at("newsletter/1.md", 3, "preheder")).toEqual([
      { name: "UnknownField", params: expect.objectContaining({ guess: "preheader" }) },
    ]);
    // Nothing an editor wrote is dropped with only a warning.
    expect(findings.filter((found) => found.severity === "warning")).toEqual([]);
    expect(stdout).toContain(
      `${fixture("unknown-keys")}/news/2026/campi-sconosciuti.md:5  autor  il campo non esiste: il suo valore non verrebbe pubblicato.  Forse intendevi author? Correggi il nome, oppure togli la riga.`,
    );
  });

  it("refuses the placeholders of npm run new wherever the file would be published", () => {
    const { status, at, stdout } = check("placeholders");
    expect(status).toBe(1);
    expect(stdout).toContain("4 errori");
    const published = { canBeDraft: true };
    const noDrafts = { canBeDraft: false };
    expect(at("members/officina-prova.md", 6, "(testo)")).toEqual([
      {
        name: "PlaceholderNotReplaced",
        params: { text: "SOSTITUISCI: la descrizione dell'organizzazione.", ...noDrafts },
      },
    ]);
    // Shown as code, the word is the editor's own text.
    expect(at("members/officina-prova.md", 8, "(testo)")).toEqual([]);
    expect(at("groups/tavolo-di-prova.md", 3, "description")).toEqual([
      {
        name: "PlaceholderNotReplaced",
        params: { text: "SOSTITUISCI: una o due frasi su che cosa fa il gruppo.", ...noDrafts },
      },
    ]);
    expect(at("news/2026/articolo-pubblicato.md", 3, "description")).toEqual([
      {
        name: "PlaceholderNotReplaced",
        params: { text: "SOSTITUISCI: una o due frasi che riassumono l'articolo.", ...published },
      },
    ]);
    // The line in the file, inside a paragraph of two lines.
    expect(at("news/2026/articolo-pubblicato.md", 10, "(testo)")).toEqual([
      {
        name: "PlaceholderNotReplaced",
        params: { text: "SOSTITUISCI: il resto del testo.", ...published },
      },
    ]);
    // A draft is not published: it may keep its placeholders.
    expect(stdout).not.toContain("articolo-in-bozza.md");
    expect(stdout).toContain(
      `${fixture("placeholders")}/members/officina-prova.md:6  (testo)  c'è ancora il testo segnaposto «SOSTITUISCI: la descrizione dell'organizzazione.», che verrebbe pubblicato così com'è.  Scrivi al suo posto il testo vero prima del commit: questi file non hanno bozze.`,
    );
    expect(stdout).toContain(
      `${fixture("placeholders")}/news/2026/articolo-pubblicato.md:3  description  c'è ancora il testo segnaposto «SOSTITUISCI: una o due frasi che riassumono l'articolo.», che verrebbe pubblicato così com'è.  Scrivi al suo posto il testo vero; finché il file non è pronto, lascia la riga draft: true.`,
    );
  });

  it("refuses image descriptions that describe nothing, in the frontmatter and in the text", () => {
    const { at, stdout } = check("images");
    const file = "news/2026/descrizioni-vuote.md";
    const meaningless = (alt: string, reason: string) => [
      { name: "ImageAltMeaningless", params: { alt, src: "./foto.png", reason } },
    ];
    expect(at(file, 7, "image.alt")).toEqual(meaningless("foto", "generic"));
    expect(at(file, 10, "(testo)")).toEqual(meaningless("immagine", "generic"));
    expect(at(file, 12, "(testo)")).toEqual(meaningless("foto.png", "fileName"));
    expect(at(file, 14, "(testo)")).toEqual(meaningless("logo", "generic"));
    expect(at(file, 16, "(testo)")).toEqual([]);
    // The image of a <Figure> is written in Markdown inside it.
    expect(at("news/2026/figura.mdx", 9, "(testo)")).toEqual(meaningless("ok", "tooShort"));
    expect(stdout).toContain(
      `${fixture("images")}/${file}:7  image.alt  la descrizione "foto" dice che è un'immagine, non che cosa mostra (./foto.png).  Scrivi in una frase che cosa si vede, come lo diresti a chi non può guardarla: per esempio "I rappresentanti dei membri nell'aula magna del Politecnico".`,
    );
  });

  it("explains in plain Italian the mistakes YAML and the schemas word for developers", () => {
    const { status, stdout } = check("readable-messages");
    expect(status).toBe(1);
    const folder = fixture("readable-messages");
    // An image written as its file alone.
    expect(stdout).toContain(
      `${folder}/news/2026/immagine-su-una-riga.md:5  image  c'è solo il file dell'immagine (./foto.png), ma un'immagine ha due campi: src, il file, e alt, che cosa mostra.  Scrivi image: da solo sulla sua riga e sotto due righe rientrate di due spazi, «  src: ./foto.png» e «  alt: "Che cosa mostra l'immagine"».`,
    );
    // A colon in a value without quotes, which YAML reports as "bad indentation".
    expect(stdout).toContain(
      `${folder}/news/2026/due-punti.md:2  title  il valore di title contiene i due punti (:) e non è tra virgolette doppie, quindi non si capisce dove finisce il nome del campo e dove comincia il valore.  Metti il valore tra virgolette doppie: title: "Adesioni: come fare".`,
    );
    expect(stdout).not.toContain("bad indentation");
    // A list's item by its position, with its value in the message.
    expect(stdout).toContain(
      `${folder}/news/2026/link-accorciato.md:5  members (2°)  il membro "csmt" non esiste.  Scrivi il nome di un file di content/members/ senza .md; se il membro è nuovo, crealo prima.`,
    );
    // Days written day first, with slashes, dots or hyphens, get their ISO day.
    expect(stdout).toContain(
      `${folder}/news/2026/data-all-italiana.md:4  pubDate  la data "25/11/2026" è scritta giorno, mese, anno: il sito la legge solo come anno-mese-giorno.  Scrivi 2026-11-25.`,
    );
    expect(stdout).toContain(
      `${folder}/news/2026/data-all-italiana.md:5  updatedDate  la data "26.11.2026" è scritta giorno, mese, anno: il sito la legge solo come anno-mese-giorno.  Scrivi 2026-11-26.`,
    );
    expect(stdout).toContain(
      `${folder}/members/officina-prova.md:4  joined  la data "5-12-2026" è scritta giorno, mese, anno: il sito la legge solo come anno-mese-giorno.  Scrivi 2026-12-05.`,
    );
    // A shortened member's address: the page whose name begins with it.
    expect(stdout).toContain(
      `${folder}/news/2026/link-accorciato.md:8  (testo)  il link punta a /membri/csmt/, una pagina che il sito non ha.  Forse intendevi /membri/csmt-gestione/? Controlla l'indirizzo.`,
    );
    expect(stdout).toContain("7 errori");
  });

  it("refuses a date-time without offset, which YAML would read as UTC", () => {
    const { status, at } = check("date-offset");
    expect(status).toBe(1);
    expect(at("news/2026/senza-fuso.md", 4, "pubDate")).toEqual([
      {
        name: "DateTimeWithoutOffset",
        params: { value: "2026-11-21T09:30:00", suggestion: "2026-11-21T09:30:00+01:00" },
      },
    ]);
  });

  it("refuses scripts, event handlers, iframes from other sites and javascript: links", () => {
    const { status, at, stdout } = check("raw-html");
    expect(status).toBe(1);
    const file = "news/2026/codice.md";
    expect(at(file, 9, "(testo)")).toEqual([{ name: "ScriptTag", params: {} }]);
    expect(at(file, 11, "(testo)")).toEqual([
      { name: "EventHandler", params: { attribute: "onclick" } },
    ]);
    expect(at(file, 13, "(testo)")).toEqual([
      { name: "ForeignIframe", params: { src: "https://video.example.com/embed/1" } },
    ]);
    expect(at(file, 15, "(testo)")).toEqual([]);
    expect(at(file, 17, "(testo)")).toEqual([
      { name: "JavascriptLink", params: { scheme: "javascript" } },
    ]);
    expect(stdout).toContain("4 errori");
  });

  it("refuses MDX imports from outside src/components/mdx/ and exports", () => {
    const { status, at } = check("mdx-imports");
    expect(status).toBe(1);
    const folder = "src/components/mdx/";
    expect(at("news/2026/importa.mdx", 7, "(import)")).toEqual([
      { name: "MdxImport", params: { source: "some-package", folder } },
    ]);
    expect(at("news/2026/importa.mdx", 8, "(import)")).toEqual([
      {
        name: "MdxImport",
        params: { source: "../../../../../../src/components/Header.astro", folder },
      },
    ]);
    expect(at("news/2026/importa.mdx", 10, "(export)")).toEqual([
      { name: "MdxExport", params: {} },
    ]);
  });

  it("refuses the MDX components the build could not render, with their attributes", () => {
    const { status, at, stdout } = check("mdx-components");
    expect(status).toBe(1);
    expect(stdout).toContain("5 errori");
    const file = "news/2026/componenti.mdx";
    expect(at(file, 9, "<MemberCard id>")).toEqual([
      { name: "MemberNotFound", params: { id: "officina-beta" } },
    ]);
    expect(at(file, 13, "<MemberList tipo>")).toEqual([
      { name: "ValueNotAllowed", params: { value: "azienda", allowed: MEMBER_TYPES } },
    ]);
    expect(at(file, 13, "<MemberList provincia>")).toEqual([
      { name: "ValueNotAllowed", params: { value: "TO", allowed: PROVINCES } },
    ]);
    expect(at(file, 15, "<Download file>")).toEqual([
      { name: "DocumentNotFound", params: { file: "/documenti/statuto-mancante.pdf" } },
    ]);
    expect(at(file, 17, "<Download file>")).toEqual([
      { name: "DocumentOutsideFolder", params: { file: "/altro/regolamento.pdf" } },
    ]);
  });

  it("reports every mistake of several broken files in one run", () => {
    const { status, at, stdout } = check("several-broken");
    expect(status).toBe(1);
    expect(stdout).toContain("7 errori");
    expect(at("members/officina-alfa.md", 3, "type")).toEqual([
      { name: "ValueNotAllowed", params: { value: "fabbrica", allowed: MEMBER_TYPES } },
    ]);
    expect(at("news/2026/primo.md", 4, "pubDate")).toEqual([
      { name: "DateInvalid", params: { value: "ieri", withTime: true } },
    ]);
    expect(at("news/2026/primo.md", 5, "members (1°)")).toEqual([
      { name: "MemberNotFound", params: { id: "nessuno" } },
    ]);
    expect(at("news/2026/Secondo.md", 1, "(nome del file)")).toEqual([
      {
        name: "FileNameInvalid",
        params: { suggestion: `${fixture("several-broken")}/news/2026/secondo.md`, asset: false },
      },
    ]);
    expect(at("committee/officina-alfa.md", 1, "member")).toEqual([
      { name: "FieldMissing", params: { types: ["string"] } },
    ]);
    expect(at("district/chi-siamo.md", 1, "description")).toEqual([
      { name: "FieldMissing", params: { types: ["string"] } },
    ]);
    expect(at("district/chi-siamo.md", 5, "(testo)")).toEqual([
      { name: "LinkToMissingPage", params: { address: "/membri/nessuno/" } },
    ]);
    expect(stdout).toContain("Notizie: 1 pubblicato, 0 bozze, 0 programmati, 1 con errori");
  });
});
