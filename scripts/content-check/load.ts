import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "astro/zod";
import type { ImageFunction } from "astro:content";
import { publicationStatus } from "../../src/lib/publishing.ts";
import { standInHelpers } from "../../src/schemas/stand-ins.ts";
import { collections, COLLECTIONS, isCollection, type CollectionName } from "./collections.ts";
import type { CheckContext, Entry, OtherFile } from "./context.ts";
import { readFrontmatter } from "./frontmatter.ts";

const MARKDOWN = /\.(md|mdx)$/;

/** Every file under a folder, as `/`-separated paths relative to it. */
function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/**
 * An image() stand-in that, like Astro's, needs the file to exist next to the Markdown file
 * being parsed. One schema per collection serves every file: building zod schemas is costly.
 */
function imageNextTo(currentFile: { path: string }): ImageFunction {
  const image = () =>
    z.string().transform((src, ctx) => {
      const written = src.trim();
      if (/^[a-z]+:/i.test(written) || written.startsWith("/")) {
        ctx.addIssue({
          code: "custom",
          message: `L'immagine "${src}" non è un file accanto alla pagina. Copia il file nella cartella della pagina e scrivi il percorso come ./foto.jpg.`,
        });
        return z.NEVER;
      }
      if (!written || !existsSync(path.resolve(path.dirname(currentFile.path), written))) {
        ctx.addIssue({
          code: "custom",
          message: `Il file "${src}" non esiste nella cartella della pagina. Controlla il nome (maiuscole comprese) oppure aggiungi il file accanto alla pagina.`,
        });
        return z.NEVER;
      }
      return written;
    });
  return image as unknown as ImageFunction;
}

/** Reads the content folder once: every entry parsed and validated with the site's schemas. */
export function loadContent(
  projectRoot: string,
  contentRoot: string,
  shownRoot: string,
  now: Date,
): CheckContext {
  const entries: Entry[] = [];
  const otherFiles: OtherFile[] = [];
  const files = listFiles(contentRoot);
  const show = (file: string) => path.join(shownRoot, file).split(path.sep).join("/");
  const memberIds = new Set(
    files
      .filter((file) => file.startsWith("members/") && MARKDOWN.test(file))
      .map((file) => file.slice("members/".length).replace(MARKDOWN, "")),
  );
  const currentFile = { path: "" };
  const helpers = { ...standInHelpers(memberIds), image: imageNextTo(currentFile) };
  const schemas = new Map(COLLECTIONS.map((name) => [name, collections[name].schema(helpers)]));
  for (const file of files) {
    const [folder = "", ...rest] = file.split("/");
    const absolutePath = path.join(contentRoot, file);
    if (!isCollection(folder) || rest.length === 0 || !MARKDOWN.test(file)) {
      otherFiles.push({ file, shownFile: show(file), absolutePath });
      continue;
    }
    currentFile.path = absolutePath;
    const schema = schemas.get(folder) as z.ZodObject;
    entries.push(readEntry(folder, file, show(file), absolutePath, rest.join("/"), schema, now));
  }
  return { projectRoot, contentRoot, shownRoot, entries, otherFiles, now };
}

function readEntry(
  collection: CollectionName,
  file: string,
  shownFile: string,
  absolutePath: string,
  inCollection: string,
  schema: z.ZodObject,
  now: Date,
): Entry {
  const read = readFrontmatter(readFileSync(absolutePath, "utf8"));
  const entry: Entry = {
    collection,
    file,
    shownFile,
    absolutePath,
    id: inCollection.replace(MARKDOWN, ""),
    extension: file.endsWith(".mdx") ? ".mdx" : ".md",
    frontmatter: undefined,
    frontmatterError: undefined,
    body: "",
    bodyStartLine: 1,
    data: undefined,
    issues: [],
    status: undefined,
  };
  if (!read.ok) {
    entry.frontmatterError = { line: read.line, message: read.message };
    return entry;
  }
  entry.frontmatter = read.frontmatter;
  entry.body = read.body;
  entry.bodyStartLine = read.bodyStartLine;
  const result = schema.safeParse(read.frontmatter.data, { reportInput: true });
  if (result.success) {
    entry.data = result.data;
    entry.status = publicationStatus(result.data, now);
  } else {
    entry.issues = result.error.issues;
  }
  return entry;
}
