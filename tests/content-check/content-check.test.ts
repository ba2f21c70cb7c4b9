import { describe, expect, it } from "vitest";
import { checkFixture, findingAt, fixture, runScript } from "./run-script.ts";

/** Runs the check on a fixture and returns a finder for its findings, by file, line and field. */
function check(name: string) {
  const result = checkFixture(name);
  const at = (file: string, line: number, field: string) =>
    findingAt(result.stdout, `${fixture(name)}/${file}`, line, field);
  return { ...result, at };
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
    const { status, stdout } = runScript("scripts/check-content.ts");
    expect(stdout, stdout).toMatch(/: 0 errori, \d+ avvis/);
    expect(status).toBe(0);
  });

  it("explains every value the schemas refuse, in plain Italian, with file, line and field", () => {
    const { status, at, stdout } = check("schema");
    expect(status).toBe(1);
    expect(stdout).toContain("9 errori");
    expect(at("news/2026/senza-titolo.md", 1, "title")).toContain("manca, ed è obbligatorio.");
    expect(at("news/2026/senza-titolo.md", 3, "pubDate")).toContain(
      'data non valida: "domani".  Scrivi una data come 2026-11-30',
    );
    expect(at("members/officina-alfa.md", 3, "type")).toContain(
      '"azienda" non è tra i valori ammessi.  Scrivi uno di questi valori: impresa, universita,',
    );
    expect(at("members/officina-alfa.md", 4, "province")).toContain("MI, BG, BS, CR, LC, MN");
    expect(at("members/officina-alfa.md", 5, "website")).toContain(
      '"www.officina-alfa.it" non è un indirizzo completo che comincia con https://',
    );
    expect(at("members/officina-alfa.md", 6, "sectors")).toContain("non è un elenco");
    expect(at("committee/officina-alfa.md", 3, "role")).toContain("è vuoto.  Scrivi un testo.");
    expect(at("committee/officina-alfa.md", 4, "order")).toContain(
      "è 1.5, che non è un numero intero",
    );
    expect(at("district/senza-intestazione.md", 1, "(intestazione)")).toContain(
      "non comincia con l'intestazione",
    );
  });

  it("refuses file names that are not lowercase words joined by hyphens, and stray files", () => {
    const { status, at } = check("file-names");
    expect(status).toBe(1);
    expect(at("members/Officina Beta.md", 1, "(nome del file)")).toContain(
      `Rinomina il file in ${fixture("file-names")}/members/officina-beta.md`,
    );
    expect(at("members/Logo Beta.PNG", 1, "(nome del file)")).toContain("members/logo-beta.png");
    expect(at("members/appunti.txt", 1, "(nome del file)")).toContain(
      "non è una pagina (.md o .mdx), né un'immagine o un documento.",
    );
    expect(at("news/2026/articolo.markdown", 1, "(nome del file)")).toContain(
      'l\'estensione ".markdown" non viene letta',
    );
    expect(at("leggimi.md", 1, "(nome del file)")).toContain("fuori dalle cartelle dei contenuti");
  });

  it("refuses an article outside the folder of its year", () => {
    const { status, at } = check("news-year");
    expect(status).toBe(1);
    expect(at("news/2025/fuori-posto.md", 4, "(posizione del file)")).toContain(
      "Spostalo in content/news/2026/",
    );
  });

  it("refuses two entries at one address and a page that takes a section's address", () => {
    const { status, at } = check("addresses");
    expect(status).toBe(1);
    expect(at("district/chi-siamo.md", 1, "(indirizzo)")).toContain(
      `sarebbe pubblicato a /distretto/chi-siamo/ come ${fixture("addresses")}/district/chi-siamo.mdx`,
    );
    expect(at("district/chi-siamo.mdx", 1, "(indirizzo)")).toContain("/distretto/chi-siamo/");
    expect(at("pages/notizie.md", 1, "(indirizzo)")).toContain(
      "sarebbe pubblicata a /notizie/, che è già una sezione del sito.",
    );
  });

  it("refuses a news members id or a committee member that does not exist", () => {
    const { status, at } = check("member-references");
    expect(status).toBe(1);
    expect(at("news/2026/membro-mancante.md", 5, "members.1")).toContain(
      'il membro "officina-inesistente" non esiste.',
    );
    expect(at("committee/fantasma.md", 2, "member")).toContain('il membro "fantasma" non esiste.');
  });

  it("refuses every bad event and working group with its file, line and field", () => {
    const { status, at, stdout } = check("events");
    expect(status).toBe(1);
    expect(stdout).toContain("10 errori");
    expect(at("events/fine-prima.md", 5, "end")).toContain(
      "la fine (sabato 20 marzo 2027, ore 8:00) è prima dell'inizio (start, sabato 20 marzo 2027, ore 9:30).  Scrivi in end un momento uguale o successivo a start",
    );
    expect(at("events/fine-di-altro-tipo.md", 5, "end")).toContain(
      "start è solo una data (un evento di un giorno intero), end ha anche l'ora.  Scrivi end come solo data, per esempio 2027-05-14",
    );
    expect(at("events/senza-luogo.md", 1, "location")).toContain(
      "l'evento non dice dove si svolge: mancano sia location sia online.  Aggiungi location con name, address e city",
    );
    expect(at("events/riferimenti.md", 10, "organizers.1")).toContain(
      'il membro "officina-fantasma" non esiste.',
    );
    expect(at("events/riferimenti.md", 11, "groups.1")).toContain(
      'il gruppo di lavoro "filiera" non esiste.  Usa il nome di un file in content/groups/ senza .md.',
    );
    expect(at("events/riferimenti.md", 9, "location.province")).toContain("MI, BG, BS, CR, LC, MN");
    expect(at("events/riferimenti.md", 12, "registration")).toContain(
      "non è un indirizzo completo che comincia con https://",
    );
    expect(at("groups/gruppo-sbagliato.md", 4, "coordinator")).toContain(
      'il membro "officina-beta" non esiste.',
    );
    expect(at("groups/gruppo-sbagliato.md", 5, "members.1")).toContain('il membro "nessuno"');
    expect(at("groups/gruppo-sbagliato.md", 6, "status")).toContain(
      "Scrivi uno di questi valori: attivo, in-avvio, concluso.",
    );
    // The good event, and its links to a group page and the calendar, pass.
    expect(stdout).not.toContain("events/corretto.md");
    expect(stdout).toContain("Eventi: 1 pubblicato, 0 bozze, 0 programmati, 4 con errori");
  });

  it("refuses an image file that does not exist and an image without alt", () => {
    const { status, at } = check("images");
    expect(status).toBe(1);
    expect(at("news/2026/immagine-mancante.md", 6, "image.src")).toContain(
      'il file "./non-ce.jpg" non esiste nella cartella della pagina.',
    );
    expect(at("members/officina-alfa.md", 4, "logo")).toContain('"./logo-mancante.png" non esiste');
    expect(at("news/2026/senza-alt.md", 5, "image.alt")).toContain("manca, ed è obbligatorio.");
    expect(at("news/2026/senza-alt.md", 11, "(testo)")).toContain(
      "l'immagine ./foto.png non ha il testo alternativo.",
    );
  });

  it("refuses internal links to pages the site will not have, drafts and missing anchors", () => {
    const { status, at } = check("links");
    expect(status).toBe(1);
    const file = "news/2026/link-rotti.md";
    expect(at(file, 7, "(testo)")).toContain("/notizie/2026/non-esiste/, una pagina che il sito");
    expect(at(file, 7, "(testo)")).toContain("Forse intendevi /membri/officina-alfa/?");
    expect(at(file, 9, "(testo)")).toContain("/notizie/2026/bozza/, che è una bozza");
    expect(at(file, 9, "(testo)")).toContain("programmato per il 30 novembre 2999");
    expect(at(file, 11, "(testo)")).toContain(
      "Scrivi l'indirizzo della pagina: /membri/officina-alfa/.",
    );
    expect(at(file, 11, "(testo)")).toContain("il file ./manca.pdf non esiste.");
    expect(at(file, 13, "(testo)")).toContain("l'ancora #niente in questa pagina.");
    expect(at(file, 13, "(testo)")).toContain("Usa una di queste ancore: #le-origini.");
    expect(at(file, 15, "(testo)")).toContain("all'indirizzo /membri manca la barra finale.");
    expect(at(file, 15, "(testo)")).toContain("/notizie/tag/nessuno/, una pagina che il sito");
  });

  it("warns about one tag written several ways, naming the variants and files, and exits 0", () => {
    const { status, at } = check("tags");
    expect(status).toBe(0);
    const warning = at("news/2026/terzo.md", 5, "tags");
    expect(warning).toContain('il tag "veicoli elettrìci" è scritto in modi diversi');
    expect(warning).toContain(`"Veicoli elettrici" in ${fixture("tags")}/news/2026/primo.md`);
    expect(warning).toContain('Scrivi sempre "Veicoli elettrici".');
  });

  it("refuses an update dated before publication", () => {
    const { status, at, stdout } = check("updated-date");
    expect(status).toBe(1);
    expect(stdout).toContain("1 errore");
    expect(at("news/2026/aggiornato-prima.md", 5, "updatedDate")).toContain(
      "l'aggiornamento (1 gennaio 2026) è precedente alla pubblicazione (pubDate, 5 gennaio 2026).",
    );
  });

  it("warns about unknown frontmatter keys and suggests the nearest known one", () => {
    const { at } = check("unknown-keys");
    expect(at("news/2026/pubdate-minuscolo.md", 4, "pubdate")).toContain(
      "il campo non esiste e viene ignorato.  Forse intendevi pubDate?",
    );
    expect(at("news/2026/campi-sconosciuti.md", 5, "autor")).toContain("Forse intendevi author?");
  });

  it("refuses a date-time without offset, which YAML would read as UTC", () => {
    const { status, at } = check("date-offset");
    expect(status).toBe(1);
    expect(at("news/2026/senza-fuso.md", 4, "pubDate")).toContain(
      "non ha il fuso orario (offset)  Aggiungi il fuso: scrivi 2026-11-21T09:30:00+01:00".replace(
        "(offset)  ",
        "(offset) e verrebbe letta come ora di Greenwich.  ",
      ),
    );
  });

  it("refuses scripts, event handlers, iframes from other sites and javascript: links", () => {
    const { status, at, stdout } = check("raw-html");
    expect(status).toBe(1);
    const file = "news/2026/codice.md";
    expect(at(file, 9, "(testo)")).toContain("c'è un tag <script>");
    expect(at(file, 11, "(testo)")).toContain("c'è l'attributo onclick=");
    expect(at(file, 13, "(testo)")).toContain("https://video.example.com/embed/1 da un altro sito");
    expect(at(file, 15, "(testo)")).toBe("");
    expect(at(file, 17, "(testo)")).toContain("c'è un link javascript:");
    expect(stdout).toContain("4 errori");
  });

  it("refuses MDX imports from outside src/components/mdx/ and exports", () => {
    const { status, at } = check("mdx-imports");
    expect(status).toBe(1);
    expect(at("news/2026/importa.mdx", 7, "(import)")).toContain('importa "some-package"');
    expect(at("news/2026/importa.mdx", 8, "(import)")).toContain("Header.astro");
    expect(at("news/2026/importa.mdx", 10, "(export)")).toContain("c'è un export");
  });

  it("reports every mistake of several broken files in one run", () => {
    const { status, at, stdout } = check("several-broken");
    expect(status).toBe(1);
    expect(stdout).toContain("7 errori");
    expect(at("members/officina-alfa.md", 3, "type")).toContain('"fabbrica"');
    expect(at("news/2026/primo.md", 4, "pubDate")).toContain('"ieri"');
    expect(at("news/2026/primo.md", 5, "members.0")).toContain('"nessuno" non esiste');
    expect(at("news/2026/Secondo.md", 1, "(nome del file)")).toContain("secondo.md");
    expect(at("committee/officina-alfa.md", 1, "member")).toContain("manca");
    expect(at("district/chi-siamo.md", 1, "description")).toContain("manca");
    expect(at("district/chi-siamo.md", 5, "(testo)")).toContain("/membri/nessuno/");
    expect(stdout).toContain("Notizie: 1 pubblicato, 0 bozze, 0 programmati, 1 con errori");
  });
});
