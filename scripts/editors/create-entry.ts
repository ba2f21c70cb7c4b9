/**
 * What `npm run new` does (scripts/editors/new-entry.ts): a new content file from a template,
 * or the English version of an existing entry (new-translation.ts), written into a content
 * folder, with what to tell the editor. The script and the tests call it.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  COLLECTION_NAMES,
  PLACEHOLDER,
  registry,
  type CollectionDefinition,
  type CollectionName,
  type EntryTemplate,
} from "../../src/collections.ts";
import { toSlug } from "../../src/lib/text/slugs.ts";
import { TRANSLATION_COMMAND, planTranslation, type PlannedFile } from "./new-translation.ts";

const templates = new Map<string, EntryTemplate & { name: CollectionName }>(
  COLLECTION_NAMES.flatMap((name) => {
    const { template } = registry[name] as CollectionDefinition;
    return template ? [[template.command, { name, ...template }] as const] : [];
  }),
);

/** The Italian entry a template writes, named after its title, or why not. */
function planEntry(
  kind: string,
  title: string,
  contentRoot: string,
  today: Date,
): PlannedFile | string {
  const template = templates.get(kind);
  if (!template) {
    return (
      `scrivi che cosa creare e il titolo, per esempio: npm run new -- news "Titolo dell'articolo". ` +
      `Tipi possibili: ${[...templates.keys()].join(", ")}. Per la versione inglese di una voce: ` +
      `npm run new -- ${TRANSLATION_COMMAND} <raccolta> <nome-del-file> "English title".`
    );
  }
  if (!title.trim()) return `dopo "${kind}" scrivi ${template.argument}, tra virgolette.`;
  const slug = toSlug(title);
  if (!slug) return `"${title}" non contiene lettere o numeri con cui fare il nome del file.`;
  const refusal = template.refuse?.(slug, contentRoot);
  if (refusal) return refusal;
  return {
    file: path.join(contentRoot, registry[template.name].folder, template.file(slug, today)),
    text: template.text(title.trim(), slug, today),
    next: template.next,
  };
}

export interface EntryRun {
  /** 1 when nothing was written, as the script exits. */
  status: 0 | 1;
  /** What the script prints: the file written and what to do next, or the error. */
  stdout: string;
  stderr: string;
}

/** Writes the file `npm run new -- <args>` asks for into `contentRoot`; never overwrites one. */
export function createEntry(
  [kind = "", ...args]: readonly string[],
  contentRoot: string,
  today = new Date(),
): EntryRun {
  const fail = (message: string): EntryRun => ({
    status: 1,
    stdout: "",
    stderr: `Errore: ${message}`,
  });
  const planned =
    kind === TRANSLATION_COMMAND
      ? planTranslation(args, contentRoot)
      : planEntry(kind, args[0] ?? "", contentRoot, today);
  if (typeof planned === "string") return fail(planned);
  const { file, text, next } = planned;
  // A page is one address whichever its extension: neither overwrites the other.
  for (const existing of [file.replace(/\.mdx$/, ".md"), file.replace(/\.md$/, ".mdx")]) {
    if (existsSync(existing)) {
      return fail(
        `il file ${existing} esiste già e non viene sovrascritto. Aprilo e modificalo, oppure scegli un altro titolo.`,
      );
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: "wx" });
  return {
    status: 0,
    stdout: `Creato ${file}\nOra sostituisci i testi ${PLACEHOLDER}; ${next}`,
    stderr: "",
  };
}
