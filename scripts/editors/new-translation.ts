/**
 * The English version of an existing entry, for `npm run new -- en <collection> <id> ["Title"]`:
 * the file goes where its English address says (content/en/<collection>/, an article in its
 * original's year folder), names its original in translationOf, and carries the fields the
 * English schema has, each holding the Italian text to translate behind the placeholder the
 * content check refuses. The Italian body follows, to be translated in place, so that MDX
 * components stay where they are.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  COLLECTION_NAMES,
  PLACEHOLDER,
  registry,
  type CollectionDefinition,
  type CollectionName,
} from "../../src/collections.ts";
import { toSlug } from "../../src/lib/text/slugs.ts";
import { readFrontmatter } from "../build/content-check/frontmatter.ts";
import { collectionShape } from "../build/content-check/schema-shapes.ts";

/** The word after `npm run new --` that asks for an English version. */
export const TRANSLATION_COMMAND = "en";

export interface PlannedFile {
  file: string;
  text: string;
  next: string;
}

const MARKDOWN = [".md", ".mdx"] as const;
const QUOTE = JSON.stringify;

/** Each English collection by the words an editor may use for its original: folder or command. */
const englishCollections = new Map<string, { english: CollectionName; italian: CollectionName }>(
  COLLECTION_NAMES.flatMap((english) => {
    const italian = (registry[english] as CollectionDefinition).translates;
    if (!italian) return [];
    const command = (registry[italian] as CollectionDefinition).template?.command;
    return [...new Set([italian, command ?? italian])].map(
      (word) => [word, { english, italian }] as const,
    );
  }),
);

/** The Markdown files of a folder and its subfolders, as paths relative to it. */
function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => MARKDOWN.some((extension) => file.endsWith(extension)));
}

/** The translationOf a Markdown file names, if it can be read. */
function translationOf(file: string): unknown {
  const read = readFrontmatter(readFileSync(file, "utf8"));
  return read.ok ? read.frontmatter.data["translationOf"] : undefined;
}

/** Markdown and HTML targets relative to the file: `](./` and `src="./`, `href="../`. */
const RELATIVE_TARGET = /(\]\(\s*<?|\b(?:src|href)=["'])(\.{1,2}\/)/g;

/**
 * The original's body with its relative targets (images beside it) pointing from the English
 * file's folder to the original's, so that the translation shows the same files.
 */
const rebase = (body: string, toOriginal: string) =>
  body.replace(
    RELATIVE_TARGET,
    (_, before: string, dots: string) => `${before}${toOriginal}/${dots === "./" ? "" : dots}`,
  );

/** The file to write, or why not, in words for the editor. */
export function planTranslation(
  [collectionWord = "", rawId = "", title = ""]: readonly string[],
  contentRoot: string,
): PlannedFile | string {
  const usage = `per esempio: npm run new -- ${TRANSLATION_COMMAND} district chi-siamo "Who we are"`;
  const collections = englishCollections.get(collectionWord);
  if (!collections) {
    return `scrivi quale voce tradurre, ${usage}. Raccolte possibili: ${[...new Set([...englishCollections.values()].map(({ italian }) => italian))].join(", ")}.`;
  }
  const { english, italian } = collections;
  const id = rawId.replace(/\.mdx?$/, "");
  const italianFolder = path.join(contentRoot, registry[italian].folder);
  const extension = MARKDOWN.find((ext) => existsSync(path.join(italianFolder, `${id}${ext}`)));
  if (!id || !extension) {
    const known = markdownFiles(italianFolder).map((file) => file.replace(/\.mdx?$/, ""));
    return `${id ? `la voce "${id}" non esiste` : "manca il nome della voce da tradurre"} in ${italianFolder}/: scrivi il nome del suo file senza .md, ${usage}. Voci esistenti: ${known.join(", ") || "nessuna"}.`;
  }
  const englishFolder = path.join(contentRoot, registry[english].folder);
  const existing = markdownFiles(englishFolder).find(
    (file) => translationOf(path.join(englishFolder, file)) === id,
  );
  if (existing) {
    return `la voce "${id}" ha già una versione inglese, ${path.join(englishFolder, existing)}: aprila e modificala.`;
  }
  const shape = Object.keys(collectionShape(english)?.shape ?? {});
  // An entry with a title takes its English address from it; members and committee seats are
  // organisations, whose names are not translated: they keep the Italian id.
  const named = shape.includes("title");
  if (named && !toSlug(title)) {
    return `dopo "${id}" scrivi il titolo in inglese, tra virgolette: il nome del file e l'indirizzo inglese vengono da lì, ${usage}.`;
  }
  const folderOfId = registry[english].yearFolders ? `${id.split("/")[0] ?? ""}/` : "";
  const file = path.join(englishFolder, `${named ? folderOfId + toSlug(title) : id}${extension}`);
  const original = readFrontmatter(readFileSync(path.join(italianFolder, id + extension), "utf8"));
  if (!original.ok) return `il file italiano ${id}${extension} non si legge: correggilo prima.`;
  const data = original.frontmatter.data;
  const italianText = (field: string): unknown =>
    field === "imageAlt" ? (data["image"] as { alt?: unknown } | undefined)?.alt : data[field];
  const fields = shape.flatMap((field) => {
    if (field === "translationOf") return [`translationOf: ${id}`];
    if (field === "title") return [`title: ${QUOTE(title.trim())}`];
    const text = italianText(field);
    return typeof text === "string"
      ? [`${field}: ${QUOTE(`${PLACEHOLDER} con l'inglese di: ${text}`)}`]
      : [];
  });
  const body = rebase(
    original.body.trim(),
    path.relative(path.dirname(file), path.dirname(path.join(italianFolder, id))),
  );
  const lines = ["---", ...fields, "---", ""];
  if (body) {
    lines.push(`${PLACEHOLDER}: traduci in inglese il testo qui sotto, poi togli questa riga.`, "");
    lines.push(body);
  }
  return {
    file,
    text: [...lines, ""].join("\n"),
    next: "traduci in inglese ogni testo segnato (finché ne resta uno, il controllo ferma la pubblicazione); la versione inglese esce insieme all'originale.",
  };
}
