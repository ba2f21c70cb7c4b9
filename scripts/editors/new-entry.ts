/**
 * Creates a new content file from a template: `npm run new -- news "Titolo dell'articolo"`
 * (also `member`, `committee`, `district`, `page`). The file goes in the right folder, named
 * after the title, with today's date in Italy and every required field present; it never
 * overwrites an existing file. CONTENT_DIR chooses another content folder (tests do).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  COLLECTION_NAMES,
  PLACEHOLDER,
  contentFolder,
  registry,
  type CollectionDefinition,
  type CollectionName,
  type EntryTemplate,
} from "../../src/collections.ts";
import { toSlug } from "../../src/lib/text/slugs.ts";

const contentRoot = contentFolder;
const today = new Date();
const templates = new Map<string, EntryTemplate & { name: CollectionName }>(
  COLLECTION_NAMES.flatMap((name) => {
    const { template } = registry[name] as CollectionDefinition;
    return template ? [[template.command, { name, ...template }] as const] : [];
  }),
);

function fail(message: string): never {
  console.error(`Errore: ${message}`);
  process.exit(1);
}

const [kind = "", title = ""] = process.argv.slice(2);
const template = templates.get(kind);
if (!template) {
  fail(
    `scrivi che cosa creare e il titolo, per esempio: npm run new -- news "Titolo dell'articolo". ` +
      `Tipi possibili: ${[...templates.keys()].join(", ")}.`,
  );
}
if (!title.trim()) fail(`dopo "${kind}" scrivi ${template.argument}, tra virgolette.`);

const slug = toSlug(title);
if (!slug) fail(`"${title}" non contiene lettere o numeri con cui fare il nome del file.`);
const refusal = template.refuse?.(slug, contentRoot);
if (refusal) fail(refusal);

const file = path.join(contentRoot, template.name, template.file(slug, today));
const sameAddress = file.replace(/\.md$/, ".mdx");
for (const existing of [file, sameAddress]) {
  if (existsSync(existing)) {
    fail(
      `il file ${existing} esiste già e non viene sovrascritto. Aprilo e modificalo, oppure scegli un altro titolo.`,
    );
  }
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, template.text(title.trim(), slug, today), { flag: "wx" });
console.log(`Creato ${file}`);
console.log(`Ora sostituisci i testi ${PLACEHOLDER}; ${template.next}`);
