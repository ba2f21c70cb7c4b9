import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { execFile } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  type EntryFile,
  INDEX_HASH_ATTRIBUTE,
  indexFiles,
} from "../../src/lib/search/pagefind-files.ts";
import { IndexKey, keepIndex, replaceFolder, takeCachedIndex } from "./search-index-cache.ts";

/**
 * The elements a browser lays out as blocks of their own (lists, tables, description lists,
 * captions, headings, sections...), as their tags. Pagefind 1.6 separates only some of them
 * (paragraphs, list items, headings, cells) and reads the text of the others as one run, where
 * the built pages, whose whitespace Astro compresses, have none: "StatoAttivoCoordinamento".
 */
const BLOCK_TAG =
  /<(\/?)(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?=[\s/>])[^>]*>/gi;

/**
 * The page as the index must read it, which is what a reader sees:
 * - a space before each block's start tag and after its end tag, so that the words of two
 *   blocks stay two words in the index and in the excerpts (a browser shows no space between
 *   blocks). Outside the block, not inside: Pagefind ends a paragraph or a heading with a full
 *   stop only when its text ends with a word;
 * - straight apostrophes: Pagefind splits words at a straight apostrophe but not at the
 *   typographic one that Markdown renders, so "l’automobile" would be one word and a search for
 *   "automobile" would miss it.
 * The index reads a copy of each page; the pages stay as they are.
 */
export function textForIndex(html: string): string {
  return html
    .replace(BLOCK_TAG, (tag, slash: string) => (slash ? `${tag} ` : ` ${tag}`))
    .replaceAll("’", "'");
}

/** A page's language, as its `<html lang>` says, which picks its index as Pagefind does. */
const PAGE_LANGUAGE = /<html[^>]*\slang="([^"]+)"/;
/** A page's main content, from its start tag to its end tag. */
const MAIN_ELEMENT = /<main[\s>][\s\S]*<\/main>/;

/**
 * The part of a built page that the index reads: its language and its main content, which holds
 * everything Pagefind takes from the page (`data-pagefind-body` and every filter, sort and meta
 * attribute). It is a quarter of the page's bytes; the header, the footer and the scripts that
 * Pagefind would skip are not handed over for it to parse. A page with a Pagefind attribute
 * outside its main content stops the build rather than losing it from the index.
 */
export function pageForIndex(html: string, file: string): string {
  const main = MAIN_ELEMENT.exec(html);
  const language = PAGE_LANGUAGE.exec(html)?.[1];
  if (!main || !language) {
    throw new Error(`${file}: una pagina da indicizzare senza <main> o senza <html lang>`);
  }
  const outside = html.slice(0, main.index) + html.slice(main.index + main[0].length);
  const stray = /data-pagefind-[a-z-]+/.exec(outside);
  if (stray) {
    throw new Error(`${file}: ${stray[0]} fuori da <main>, dove l'indice di ricerca non lo legge`);
  }
  return `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"></head><body>${main[0]}</body></html>`;
}

/** The built pages, as paths relative to `outDir`, in order. */
function htmlPagesOf(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter(
      (file) =>
        file.endsWith(".html") &&
        !file.startsWith(`${INDEX_FOLDER}${path.sep}`) &&
        !file.startsWith(PARTIAL_PREFIX),
    )
    .sort();
}

/** Linux's folder in memory, when the machine has one. */
const MEMORY_FOLDER = "/dev/shm";

/**
 * Where to copy `bytes` of pages for the index: in memory when there is room for twice as much,
 * since writing and then removing thousands of files on a disk costs more than Pagefind takes
 * to index them (5,000 articles: about 10 s of the 22 s the index took on a virtual disk);
 * otherwise the system's temporary folder. A container may give /dev/shm only 64 MB.
 */
export function scratchFolder(bytes: number, memoryFolder = MEMORY_FOLDER): string {
  try {
    const { bavail, bsize } = statfsSync(memoryFolder);
    if (bavail * bsize > 2 * bytes) return memoryFolder;
  } catch {
    // No such folder: not Linux.
  }
  return os.tmpdir();
}

/**
 * Copies the pages to index (those with `data-pagefind-body`: lists and tag pages have none)
 * into `copyDir`, as the index must read them, and adds each copy to the index's `key`. Returns
 * how many were copied, and the pages that wait for the index's hash (`INDEX_HASH_ATTRIBUTE`),
 * found while every page is read anyway.
 */
function copyPagesToIndex(
  outDir: string,
  files: readonly string[],
  copyDir: string,
  key: IndexKey,
) {
  let copied = 0;
  const waiting: string[] = [];
  for (const file of files) {
    const html = readFileSync(path.join(outDir, file), "utf8");
    if (HASH_ATTRIBUTE.test(html)) waiting.push(file);
    if (!html.includes("data-pagefind-body")) continue;
    const target = path.join(copyDir, file);
    const text = textForIndex(pageForIndex(html, file));
    key.addPage(file, text);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    copied++;
  }
  return { copied, waiting };
}

/** The attribute, as Astro writes it empty or as an earlier run of this step filled it. */
const HASH_ATTRIBUTE = new RegExp(`${INDEX_HASH_ATTRIBUTE}(="[^"]*")?(?=[\\s>])`);
/** Preloads an earlier run of this step wrote, of an index that is no longer there. */
const INDEX_PRELOAD =
  /<link rel="preload" href="[^"]*" as="fetch" crossorigin data-search-index-file>/g;

/**
 * Writes into a page that searches on arrival its index's hash, and in its head the preloads of
 * the index's entry file and metadata: the browser downloads them with the page, where the page
 * would otherwise have to fetch the entry file to learn the metadata's name. The page's
 * language picks the index, as Pagefind does.
 */
export function announceIndex(html: string, entry: EntryFile): string {
  const language = PAGE_LANGUAGE.exec(html)?.[1]?.toLowerCase() ?? "";
  const hash = entry.languages[language]?.hash;
  if (!hash) throw new Error(`Pagefind non ha un indice per la lingua «${language}» della pagina`);
  const preloads = indexFiles(hash)
    .map(
      (file) => `<link rel="preload" href="${file}" as="fetch" crossorigin data-search-index-file>`,
    )
    .join("");
  return html
    .replace(INDEX_PRELOAD, "")
    .replace(HASH_ATTRIBUTE, `${INDEX_HASH_ATTRIBUTE}="${hash}"`)
    .replace("</head>", `${preloads}</head>`);
}

/** Where the index lives in a built site. */
const INDEX_FOLDER = "pagefind";
/**
 * The index is written beside it, in a folder of this prefix, and takes its place only once
 * whole: a failed run leaves the site with its previous index rather than none.
 */
const PARTIAL_PREFIX = `.${INDEX_FOLDER}-`;

/** Folders left by a run that was killed before it could remove them. */
function removeLeftovers(outDir: string) {
  for (const name of readdirSync(outDir)) {
    if (name.startsWith(PARTIAL_PREFIX)) rmSync(path.join(outDir, name), { recursive: true });
  }
}

export interface SearchIndexReport {
  indexedPages: number;
  htmlPages: number;
  /** Seconds spent copying the pages, then having Pagefind index them and write the index. */
  seconds: { copy: number; index: number };
  /** Whether the index came from the cache, the pages being those it was built from. */
  fromCache: boolean;
}

/** Pagefind's arguments besides its input and output folders. */
const PAGEFIND_OPTIONS = ["--quiet"];

/**
 * Pagefind's command, through its npm wrapper (which finds the binary for this platform, or the
 * one `PAGEFIND_EXTENDED_BINARY_PATH` names).
 */
const pagefindCommand = fileURLToPath(new URL("runner/bin.cjs", import.meta.resolve("pagefind")));

const readEntry = (indexDir: string) =>
  JSON.parse(readFileSync(path.join(indexDir, "pagefind-entry.json"), "utf8")) as EntryFile;

/** How many pages each language's index holds, as Pagefind records it in its entry file. */
const pagesInIndex = (entry: EntryFile) =>
  Object.values(entry.languages).reduce((sum, language) => sum + (language?.page_count ?? 0), 0);

/**
 * Runs Pagefind's command on `siteDir`, writing the index into `outputPath`. The command, not
 * the Node API: the same index, byte for byte, in less time (5,000 articles: 13–14 s against
 * 16–17 s; its service builds the index more slowly than the command does).
 */
async function runPagefind(siteDir: string, outputPath: string): Promise<void> {
  try {
    await promisify(execFile)(
      process.execPath,
      [pagefindCommand, "--site", siteDir, "--output-path", outputPath, ...PAGEFIND_OPTIONS],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    const output = `${stdout ?? ""}${stderr ?? ""}`.trim();
    throw new Error(`Pagefind: ${output || (error as Error).message}`, { cause: error });
  }
}

/**
 * Writes Pagefind's index of a built site into `<outDir>/pagefind/`, replacing the one there
 * only when the new one is whole. Only elements marked `data-pagefind-body` are indexed: the
 * main content of content pages. Pagefind reads the copies from a folder of their own, which it
 * parses on every core (5,000 articles: 6 s, where handing it pages one by one took 19 s), then
 * builds and writes the index (7–8 s, mostly on one core).
 * Here, the copies take 0.4 s for 1,000 articles in memory, 3–5 s and 1–2 s to remove on disk.
 * When the copies are those the cached index was built from, that index is used instead.
 */
export async function writeSearchIndex(outDir: string): Promise<SearchIndexReport> {
  removeLeftovers(outDir);
  const files = htmlPagesOf(outDir);
  const bytes = files.reduce((sum, file) => sum + statSync(path.join(outDir, file)).size, 0);
  const copyDir = mkdtempSync(path.join(scratchFolder(bytes), "indice-ricerca-"));
  // Inside outDir, so that the rename into place stays on one file system.
  const partial = mkdtempSync(path.join(outDir, PARTIAL_PREFIX));
  let lap = performance.now();
  const since = () => {
    const seconds = (performance.now() - lap) / 1000;
    lap = performance.now();
    return seconds;
  };
  try {
    const key = new IndexKey();
    const { copied, waiting } = copyPagesToIndex(outDir, files, copyDir, key);
    const indexKey = key.digest(PAGEFIND_OPTIONS);
    const copy = since();
    const fromCache = takeCachedIndex(indexKey, partial);
    if (!fromCache) await runPagefind(copyDir, partial);
    const index = since();
    const entry = readEntry(partial);
    const indexedPages = pagesInIndex(entry);
    if (indexedPages !== copied) {
      throw new Error(`Pagefind: ${copied} pagine da indicizzare, ${indexedPages} indicizzate`);
    }
    // The pages name the new index only once it is whole; a build that stops before keeps
    // them naming none, and they find the index as the other pages do.
    const announced = waiting.map((file) => {
      const html = readFileSync(path.join(outDir, file), "utf8");
      return [file, announceIndex(html, entry)] as const;
    });
    const outputPath = path.join(outDir, INDEX_FOLDER);
    replaceFolder(outputPath, partial);
    for (const [file, html] of announced) writeFileSync(path.join(outDir, file), html);
    if (!fromCache) keepIndex(indexKey, outputPath);
    return { indexedPages, htmlPages: files.length, seconds: { copy, index }, fromCache };
  } finally {
    rmSync(copyDir, { recursive: true, force: true });
    rmSync(partial, { recursive: true, force: true });
  }
}
