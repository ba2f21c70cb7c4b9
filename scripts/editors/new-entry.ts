/**
 * Creates a new content file from a template: `npm run new -- news "Titolo dell'articolo"`
 * (also `member`, `committee`, `district`, `event`, `group`, `page`), or the English version of
 * an existing entry: `npm run new -- en district chi-siamo "Who we are"` (new-translation.ts).
 * The file goes in the right folder, named after the title, with today's date in Italy and
 * every required field present; it never overwrites an existing file. CONTENT_DIR chooses
 * another content folder (tests do).
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
import { TRANSLATION_COMMAND, planTranslation, type PlannedFile } from "./new-translation.ts";

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

/** The Italian entry a template writes, named after its title. */
function planEntry(kind: string, title: string): PlannedFile {
  const template = templates.get(kind);
  if (!template) {
    fail(
      `scrivi che cosa creare e il titolo, per esempio: npm run new -- news "Titolo dell'articolo". ` +
        `Tipi possibili: ${[...templates.keys()].join(", ")}. Per la versione inglese di una voce: ` +
        `npm run new -- ${TRANSLATION_COMMAND} <raccolta> <nome-del-file> "English title".`,
    );
  }
  if (!title.trim()) fail(`dopo "${kind}" scrivi ${template.argument}, tra virgolette.`);
  const slug = toSlug(title);
  if (!slug) fail(`"${title}" non contiene lettere o numeri con cui fare il nome del file.`);
  const refusal = template.refuse?.(slug, contentRoot);
  if (refusal) fail(refusal);
  return {
    file: path.join(contentRoot, registry[template.name].folder, template.file(slug, today)),
    text: template.text(title.trim(), slug, today),
    next: template.next,
  };
}

const [kind = "", ...args] = process.argv.slice(2);
const planned =
  kind === TRANSLATION_COMMAND
    ? planTranslation(args, contentRoot)
    : planEntry(kind, args[0] ?? "");
if (typeof planned === "string") fail(planned);
const { file, text, next } = planned;
// A page is one address whichever its extension: neither overwrites the other.
for (const existing of [file.replace(/\.mdx$/, ".md"), file.replace(/\.md$/, ".mdx")]) {
  if (existsSync(existing)) {
    fail(
      `il file ${existing} esiste già e non viene sovrascritto. Aprilo e modificalo, oppure scegli un altro titolo.`,
    );
  }
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, text, { flag: "wx" });
console.log(`Creato ${file}`);
console.log(`Ora sostituisci i testi ${PLACEHOLDER}; ${next}`);
