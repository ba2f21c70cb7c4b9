import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { editorMessage, editorMessageText } from "../../src/i18n/editor-messages.ts";
import { contentProblem, formatProblem } from "../../src/lib/data/content-errors.ts";
import { toIsoDay } from "../../src/lib/text/dates.ts";
import { createEntry } from "../../scripts/editors/create-entry.ts";
import { checkContent, fixture, projectRoot, runScript, type ScriptResult } from "./run-script.ts";

const workspace = mkdtempSync(path.join(tmpdir(), "distretto-nuovo-"));
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

/** A fresh copy of the clean fixture, so `npm run new` never writes into content/. */
function cleanCopy(name: string): string {
  const content = path.join(workspace, name);
  cpSync(path.join(projectRoot, fixture("clean")), content, { recursive: true });
  return content;
}

/** `npm run new`, in this process (a process each took 1 s); the script has tests of its own. */
function runNew(content: string, args: string[]): ScriptResult {
  const { status, stdout, stderr } = createEntry(args, content);
  return { status, stdout, output: `${stdout}\n${stderr}` };
}

const newEntry = (content: string, kind: string, title: string) => runNew(content, [kind, title]);

/** The finding a placeholder left in a file gets, in the words the check prints. */
const placeholderLine = (
  file: string,
  line: number,
  field: string,
  text: string,
  canBeDraft: boolean,
) =>
  formatProblem(
    contentProblem(
      { file, line, field },
      editorMessage("PlaceholderNotReplaced", { text, canBeDraft }),
    ),
  );

/** What an editor does with a new file: every placeholder replaced, the draft line removed. */
function fillIn(file: string, coordinator: string): void {
  const text = readFileSync(file, "utf8")
    .replace(/^coordinator: SOSTITUISCI.*$/m, `coordinator: ${coordinator}`)
    .replace(/"SOSTITUISCI: [^"]*"/g, '"Un testo vero, scritto da chi pubblica."')
    .replace(/^SOSTITUISCI: .*$/m, "Il testo vero della pagina, scritto da chi pubblica.")
    .replace(/^draft: true\n/m, "");
  writeFileSync(file, text);
}

describe("npm run new", () => {
  it("as a script, writes into CONTENT_DIR and says so, or exits with status 1 and the error", () => {
    const content = cleanCopy("script");
    const script = (...args: string[]) =>
      runScript("scripts/editors/new-entry.ts", args, { CONTENT_DIR: content });
    const created = script("member", "Officine dello Script");
    const file = path.join(content, "members/officine-dello-script.md");
    expect(created.status, created.output).toBe(0);
    expect(created.stdout).toContain(file);
    expect(existsSync(file)).toBe(true);
    const again = script("member", "Officine dello Script");
    expect(again.status).toBe(1);
    expect(again.stdout).toBe("");
    expect(again.output).toContain(file);
  });

  it.each([
    [
      "member",
      "Officina Rossi & Figli",
      "members/officina-rossi-e-figli.md",
      [[12, "(testo)", "SOSTITUISCI: la descrizione dell'organizzazione."]],
    ],
    [
      "committee",
      "Ateneo Beta",
      "committee/ateneo-beta.md",
      [[7, "(testo)", "SOSTITUISCI: che cosa porta l'organizzazione al comitato (facoltativo)."]],
    ],
    [
      "page",
      "Dichiarazione sui cookie",
      "pages/dichiarazione-sui-cookie.md",
      [
        [3, "description", "SOSTITUISCI: una frase che riassume la pagina."],
        [7, "(testo)", "SOSTITUISCI: il testo della pagina."],
      ],
    ],
    [
      "group",
      "Elettrificazione",
      "groups/elettrificazione.md",
      [
        [3, "description", "SOSTITUISCI: una o due frasi su che cosa fa il gruppo."],
        [4, "coordinator", "SOSTITUISCI"],
        [10, "(testo)", "SOSTITUISCI: gli obiettivi del gruppo."],
      ],
    ],
  ] as const)(
    "writes a %s file, which has no drafts, that fails the check until its placeholders are replaced",
    (kind, title, file, placeholders) => {
      const content = cleanCopy(`nuovo-${kind}`);
      const created = newEntry(content, kind, title);
      expect(created.output, created.output).toContain(`Creato ${path.join(content, file)}`);
      expect(created.status).toBe(0);
      const fresh = checkContent(content);
      expect(fresh.status).toBe(1);
      const shown = `${content}/${file}`;
      const count = placeholders.length;
      expect(fresh.stdout).toContain(`${count} ${count === 1 ? "errore" : "errori"}`);
      for (const [line, field, text] of placeholders) {
        expect(fresh.stdout, fresh.stdout).toContain(
          placeholderLine(shown, line, field, text, false),
        );
      }
      fillIn(path.join(content, file), "officina-alfa");
      const filled = checkContent(content);
      expect(filled.stdout, filled.stdout).toContain("0 errori, 0 avvisi");
      expect(filled.status).toBe(0);
    },
  );

  it.each([
    [
      "news",
      "Il distretto cresce: è già qui!",
      `news/${toIsoDay(new Date()).slice(0, 4)}/il-distretto-cresce-e-gia-qui.md`,
      [[3, "description", "SOSTITUISCI: una o due frasi che riassumono l'articolo."]],
    ],
    [
      "district",
      "Storia del distretto",
      "district/storia-del-distretto.md",
      [[3, "description", "SOSTITUISCI: una frase che riassume la pagina."]],
    ],
    [
      "event",
      "Assemblea dei soci: marzo 2027",
      "events/assemblea-dei-soci-marzo-2027.md",
      [
        [3, "description", "SOSTITUISCI: una o due frasi che riassumono l'evento."],
        [7, "location.name", "SOSTITUISCI: il nome del luogo"],
        [8, "location.address", "SOSTITUISCI: via e numero civico"],
        [9, "location.city", "SOSTITUISCI: la città"],
      ],
    ],
  ] as const)(
    "writes %s as a draft, which may keep its placeholders until draft: true is removed",
    (kind, title, file, placeholders) => {
      const content = cleanCopy(`nuova-bozza-${kind}`);
      const created = newEntry(content, kind, title);
      expect(created.output, created.output).toContain(`Creato ${path.join(content, file)}`);
      // A draft is not published: its placeholders wait for the editor.
      const asDraft = checkContent(content);
      expect(asDraft.stdout, asDraft.stdout).toContain("0 errori, 0 avvisi");
      expect(asDraft.status).toBe(0);
      // Without the draft line, every placeholder would go live.
      const written = path.join(content, file);
      writeFileSync(written, readFileSync(written, "utf8").replace(/^draft: true\n/m, ""));
      const published = checkContent(content);
      expect(published.status).toBe(1);
      const shown = `${content}/${file}`;
      for (const [line, field, text] of placeholders) {
        expect(published.stdout, published.stdout).toContain(
          placeholderLine(shown, line, field, text, true),
        );
      }
      fillIn(written, "officina-alfa");
      const filled = checkContent(content);
      expect(filled.stdout, filled.stdout).toContain("0 errori, 0 avvisi");
      expect(filled.status).toBe(0);
    },
  );

  it("writes an event as a draft starting today at 9:30 in Rome, with its offset", () => {
    const content = cleanCopy("evento");
    newEntry(content, "event", "Una fiera maggio 2027");
    const text = readFileSync(path.join(content, "events/una-fiera-maggio-2027.md"), "utf8");
    expect(text).toMatch(new RegExp(`^start: ${toIsoDay(new Date())}T09:30:00\\+0[12]:00 #`, "m"));
    expect(text).toContain("draft: true");
    const check = checkContent(content);
    expect(check.stdout).toContain("Eventi: 1 pubblicato, 2 bozze, 0 programmati");
  });

  it("says in words an editor can follow that the member skeleton's description is a placeholder", () => {
    const content = cleanCopy("membro-parole");
    newEntry(content, "member", "Officine Prova");
    expect(checkContent(content).stdout).toContain(
      `${content}/members/officine-prova.md:12  (testo)  c'è ancora il testo segnaposto «SOSTITUISCI: la descrizione dell'organizzazione.», che verrebbe pubblicato così com'è.  Scrivi al suo posto il testo vero prima del commit: questi file non hanno bozze.`,
    );
  });

  it("names an event after its title and the month and year in Rome of the start it writes, today", () => {
    const content = cleanCopy("evento-mese");
    const created = newEntry(content, "event", "Assemblea dei soci");
    const monthYear = new Intl.DateTimeFormat("it-IT", {
      timeZone: "Europe/Rome",
      month: "long",
      year: "numeric",
    })
      .format(new Date())
      .replace(" ", "-");
    const file = path.join(content, `events/assemblea-dei-soci-${monthYear}.md`);
    expect(created.output).toContain(`Creato ${file}`);
    expect(readFileSync(file, "utf8")).toMatch(
      new RegExp(`^start: ${toIsoDay(new Date()).slice(0, 7)}-`, "m"),
    );
  });

  it("writes a member with every field of the member example in EDITING.md", () => {
    const guide = readFileSync(path.join(projectRoot, "EDITING.md"), "utf8");
    const section = guide.slice(guide.indexOf("## I membri"), guide.indexOf("## Il comitato"));
    const example = /```md\n---\n([\s\S]*?)\n---/.exec(section)?.[1] ?? "";
    const fields = [...example.matchAll(/^(\w+):/gm)].map((match) => match[1]);
    expect(fields).toContain("joined");
    const content = cleanCopy("membro-campi");
    newEntry(content, "member", "Officine Prova");
    const skeleton = readFileSync(path.join(content, "members/officine-prova.md"), "utf8");
    const written = [...skeleton.matchAll(/^(?:# )?(\w+):/gm)].map((match) => match[1]);
    expect(written).toEqual(expect.arrayContaining(fields));
  });

  it("writes a working group whose coordinator the check asks for until it is written", () => {
    const content = cleanCopy("gruppo");
    const created = newEntry(content, "group", "Elettrificazione");
    expect(created.output).toContain("scrivi in coordinator il nome del file del membro");
    const check = checkContent(content);
    expect(check.stdout).toContain(
      `${content}/groups/elettrificazione.md:4  coordinator  c'è ancora il testo segnaposto «SOSTITUISCI», che verrebbe pubblicato così com'è.  Scrivi al suo posto il testo vero prima del commit: questi file non hanno bozze.`,
    );
  });

  it("writes news as a draft dated today in Rome, with every required field", () => {
    const content = cleanCopy("bozza");
    newEntry(content, "news", "Una notizia");
    const year = toIsoDay(new Date()).slice(0, 4);
    const text = readFileSync(path.join(content, `news/${year}/una-notizia.md`), "utf8");
    expect(text).toContain('title: "Una notizia"');
    expect(text).toContain("description: ");
    expect(text).toContain(`pubDate: ${toIsoDay(new Date())}`);
    expect(text).toContain("draft: true");
    const check = checkContent(content);
    expect(check.stdout).toContain("Notizie: 2 pubblicati, 2 bozze, 1 programmato");
  });

  it("refuses to overwrite an existing file and leaves it as it was", () => {
    const content = cleanCopy("esistente");
    const file = path.join(content, "pages/privacy.md");
    const before = readFileSync(file, "utf8");
    const result = newEntry(content, "page", "Privacy");
    expect(result.status).toBe(1);
    expect(result.output).toContain(`il file ${file} esiste già e non viene sovrascritto.`);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("refuses a committee seat for a member that does not exist", () => {
    const content = cleanCopy("comitato");
    const result = newEntry(content, "committee", "Nessuno");
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      editorMessageText(editorMessage("MemberNotFound", { id: "nessuno" })),
    );
    expect(existsSync(path.join(content, "committee/nessuno.md"))).toBe(false);
  });

  it("refuses a page that would take a section's address, and an unknown kind", () => {
    const content = cleanCopy("riservato");
    expect(newEntry(content, "page", "Notizie").output).toContain("è già una sezione del sito");
    const unknown = newEntry(content, "articolo", "Titolo");
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain(
      "Tipi possibili: news, member, committee, district, event, group, page.",
    );
  });
});

describe("npm run new -- en", () => {
  const translate = (content: string, ...args: string[]) => runNew(content, ["en", ...args]);

  /** What a translator does: every placeholder replaced by English, the marker line removed. */
  function translateIn(file: string): void {
    const text = readFileSync(file, "utf8")
      .replace(/"SOSTITUISCI[^"]*"/g, '"Real English words."')
      .replace(/^SOSTITUISCI: .*\n\n/m, "");
    writeFileSync(file, text);
  }

  it("writes a district page's English version named after its English title, with the Italian to translate", () => {
    const content = cleanCopy("inglese-distretto");
    const created = translate(content, "district", "chi-siamo", "About the district");
    const file = path.join(content, "en/district/about-the-district.md");
    expect(created.output, created.output).toContain(`Creato ${file}`);
    expect(created.status).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text.split("\n").slice(0, 8)).toEqual([
      "---",
      "translationOf: chi-siamo",
      'title: "About the district"',
      'description: "SOSTITUISCI con l\'inglese di: Il distretto in breve."',
      "---",
      "",
      "SOSTITUISCI: traduci in inglese il testo qui sotto, poi togli questa riga.",
      "",
    ]);
    // The original's body follows, to be translated in place; nothing else of the original.
    expect(text).toContain("## Le origini");
    expect(text).not.toMatch(/^(order|updatedDate):/m);
    const fresh = checkContent(content);
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toContain(
      placeholderLine(
        `${content}/en/district/about-the-district.md`,
        4,
        "description",
        "SOSTITUISCI con l'inglese di: Il distretto in breve.",
        false,
      ),
    );
    expect(fresh.stdout).toContain(`${content}/en/district/about-the-district.md:7  (testo)`);
    translateIn(file);
    const translated = checkContent(content);
    expect(translated.stdout, translated.stdout).toContain("0 errori, 0 avvisi");
    expect(translated.stdout).toContain("Distretto (versione inglese): 1 pubblicato");
  });

  it("puts an article in its original's year folder, keeps .mdx and its components, and asks for the image's English description", () => {
    const content = cleanCopy("inglese-notizie");
    translate(content, "news", "2026/secondo-articolo", "Second article");
    const mdx = readFileSync(path.join(content, "en/news/2026/second-article.mdx"), "utf8");
    expect(mdx).toContain('<MemberList tipo="impresa" provincia="BS" />');
    expect(mdx).not.toContain("imageAlt");
    translate(content, "news", "2026/primo-articolo", "First article");
    const withImage = readFileSync(path.join(content, "en/news/2026/first-article.md"), "utf8");
    expect(withImage).toContain('imageAlt: "SOSTITUISCI con l\'inglese di: Il logo di prova"');
    // The image beside the original is shown from the English file's folder.
    expect(withImage).toContain("![Il logo di prova](../../../news/2026/foto-evento.png)");
    translateIn(path.join(content, "en/news/2026/second-article.mdx"));
    translateIn(path.join(content, "en/news/2026/first-article.md"));
    const translated = checkContent(content);
    expect(translated.stdout, translated.stdout).toContain("0 errori, 0 avvisi");
    expect(translated.stdout).toContain("Notizie (versione inglese): 2 pubblicati");
  });

  it("keeps the Italian id for a member and a committee seat, with the seat's role to translate", () => {
    const content = cleanCopy("inglese-membri");
    expect(translate(content, "member", "officina-alfa").status).toBe(0);
    expect(translate(content, "committee", "officina-alfa").status).toBe(0);
    const member = readFileSync(path.join(content, "en/members/officina-alfa.md"), "utf8");
    expect(member).toMatch(/^---\ntranslationOf: officina-alfa\n---\n/);
    const seat = readFileSync(path.join(content, "en/committee/officina-alfa.md"), "utf8");
    expect(seat).toContain(
      'role: "SOSTITUISCI con l\'inglese di: Componente del comitato di networking"',
    );
    expect(seat).not.toContain("representatives");
    translateIn(path.join(content, "en/members/officina-alfa.md"));
    translateIn(path.join(content, "en/committee/officina-alfa.md"));
    expect(checkContent(content).stdout).toContain("0 errori, 0 avvisi");
  });

  it("refuses an original that does not exist, a second translation and a missing English title", () => {
    const content = cleanCopy("inglese-rifiuti");
    const missing = translate(content, "district", "storia", "History");
    expect(missing.status).toBe(1);
    expect(missing.output).toContain(
      `la voce "storia" non esiste in ${path.join(content, "district")}/: scrivi il nome del suo file senza .md`,
    );
    expect(missing.output).toContain("Voci esistenti: bozza-pagina, chi-siamo.");
    const untitled = translate(content, "district", "chi-siamo");
    expect(untitled.status).toBe(1);
    expect(untitled.output).toContain('dopo "chi-siamo" scrivi il titolo in inglese');
    expect(translate(content, "district", "chi-siamo", "Who we are").status).toBe(0);
    const second = translate(content, "district", "chi-siamo", "About us");
    expect(second.status).toBe(1);
    expect(second.output).toContain(
      `la voce "chi-siamo" ha già una versione inglese, ${path.join(content, "en/district/who-we-are.md")}: aprila e modificala.`,
    );
    expect(existsSync(path.join(content, "en/district/about-us.md"))).toBe(false);
    const unknown = translate(content, "articoli", "x");
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain(
      "Raccolte possibili: district, committee, members, news, events, groups, pages.",
    );
  });
});

describe("the editors' guide", () => {
  it("in EDITING.md matches the schemas' fields and the catalogue of messages", () => {
    const result = runScript("scripts/editors/editing-guide.ts", ["--check"]);
    expect(result.output, result.output).toContain(
      "EDITING.md è aggiornato con gli schemi e i messaggi.",
    );
    expect(result.status).toBe(0);
  });
});
