/**
 * Creates a new content file from a template: `npm run new -- news "Titolo dell'articolo"`
 * (also `member`, `committee`, `district`, `page`). The file goes in the right folder, named
 * after the title, with today's date in Italy and every required field present; it never
 * overwrites an existing file. CONTENT_DIR chooses another content folder (tests do).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { romeYear, toIsoDay } from "../src/lib/dates.ts";
import { toSlug } from "../src/lib/slugs.ts";
import { MEMBER_TYPES, PROVINCES } from "../src/schemas/members.ts";
import { FIXED_ROUTES } from "./content-check/site-addresses.ts";

const contentRoot = process.env["CONTENT_DIR"] ?? "content";
const today = new Date();
const quote = (text: string) => JSON.stringify(text);

interface Template {
  /** What the argument after the kind is. */
  argument: string;
  file: (slug: string) => string;
  text: (title: string, slug: string) => string;
  /** A reason to refuse this slug, if any. */
  refuse?: (slug: string) => string | undefined;
  next: string;
}

const templates: Record<string, Template> = {
  news: {
    argument: "il titolo dell'articolo",
    file: (slug) => `news/${romeYear(today)}/${slug}.md`,
    text: (title) =>
      [
        "---",
        `title: ${quote(title)}`,
        'description: "SOSTITUISCI: una o due frasi che riassumono l\'articolo."',
        `pubDate: ${toIsoDay(today)}`,
        "tags: []",
        "members: []",
        "draft: true",
        "---",
        "",
        "SOSTITUISCI: il testo dell'articolo.",
        "",
      ].join("\n"),
    next: "scrivi il testo, poi togli la riga draft: true per pubblicarlo.",
  },
  member: {
    argument: "il nome dell'organizzazione",
    file: (slug) => `members/${slug}.md`,
    text: (title) =>
      [
        "---",
        `name: ${quote(title)}`,
        `type: impresa # uno di: ${MEMBER_TYPES.join(", ")}`,
        `# province: MI # uno di: ${PROVINCES.join(", ")}`,
        '# city: "Milano"',
        '# website: "https://www.esempio.it"',
        "---",
        "",
        "SOSTITUISCI: la descrizione dell'organizzazione.",
        "",
      ].join("\n"),
    next: "controlla type, togli il # davanti ai campi che ti servono e scrivi la descrizione.",
  },
  committee: {
    argument: "il nome del file del membro in content/members/ (senza .md)",
    file: (slug) => `committee/${slug}.md`,
    text: (_title, slug) =>
      [
        "---",
        `member: ${slug}`,
        'role: "Componente del comitato di networking"',
        "# order: 1",
        "---",
        "",
        "SOSTITUISCI: che cosa porta l'organizzazione al comitato (facoltativo).",
        "",
      ].join("\n"),
    refuse: (slug) =>
      existsSync(path.join(contentRoot, "members", `${slug}.md`)) ||
      existsSync(path.join(contentRoot, "members", `${slug}.mdx`))
        ? undefined
        : `il membro "${slug}" non esiste in ${contentRoot}/members/: crealo prima con npm run new -- member "Nome".`,
    next: "controlla il ruolo e scrivi il testo, oppure toglilo.",
  },
  district: {
    argument: "il titolo della pagina",
    file: (slug) => `district/${slug}.md`,
    text: (title) =>
      [
        "---",
        `title: ${quote(title)}`,
        'description: "SOSTITUISCI: una frase che riassume la pagina."',
        "# order: 6",
        "draft: true",
        "---",
        "",
        "SOSTITUISCI: il testo della pagina.",
        "",
      ].join("\n"),
    next: "scrivi il testo, poi togli la riga draft: true per pubblicarla.",
  },
  page: {
    argument: "il titolo della pagina",
    file: (slug) => `pages/${slug}.md`,
    text: (title) =>
      [
        "---",
        `title: ${quote(title)}`,
        'description: "SOSTITUISCI: una frase che riassume la pagina."',
        `updatedDate: ${toIsoDay(today)}`,
        "---",
        "",
        "SOSTITUISCI: il testo della pagina.",
        "",
      ].join("\n"),
    refuse: (slug) =>
      (FIXED_ROUTES as readonly string[]).includes(slug)
        ? `l'indirizzo /${slug}/ è già una sezione del sito: scegli un altro titolo.`
        : undefined,
    next: "scrivi il testo: la pagina viene pubblicata alla prossima pubblicazione del sito.",
  },
};

function fail(message: string): never {
  console.error(`Errore: ${message}`);
  process.exit(1);
}

const [kind = "", title = ""] = process.argv.slice(2);
const template = templates[kind];
if (!template) {
  fail(
    `scrivi che cosa creare e il titolo, per esempio: npm run new -- news "Titolo dell'articolo". ` +
      `Tipi possibili: ${Object.keys(templates).join(", ")}.`,
  );
}
if (!title.trim()) fail(`dopo "${kind}" scrivi ${template.argument}, tra virgolette.`);

const slug = toSlug(title);
if (!slug) fail(`"${title}" non contiene lettere o numeri con cui fare il nome del file.`);
const refusal = template.refuse?.(slug);
if (refusal) fail(refusal);

const file = path.join(contentRoot, template.file(slug));
const sameAddress = file.replace(/\.md$/, ".mdx");
for (const existing of [file, sameAddress]) {
  if (existsSync(existing)) {
    fail(
      `il file ${existing} esiste già e non viene sovrascritto. Aprilo e modificalo, oppure scegli un altro titolo.`,
    );
  }
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, template.text(title.trim(), slug), { flag: "wx" });
console.log(`Creato ${file}`);
console.log(`Ora sostituisci i testi SOSTITUISCI; ${template.next}`);
