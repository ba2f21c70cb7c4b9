import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "astro/zod";
import {
  COLLECTION_NAMES,
  collectionOfFile,
  registry,
  type CollectionDefinition,
  type CollectionName,
} from "../../../src/collections.ts";
import { publicationStatus } from "../../../src/lib/data/publishing.ts";
import { REFERENCE_TARGETS, type ReferenceTarget } from "../../../src/schemas/helpers.ts";
import { standInHelpers } from "../../../src/schemas/stand-ins.ts";
import type { CheckContext, Entry, OtherFile } from "./context.ts";
import { readFrontmatter, type FrontmatterResult } from "./frontmatter.ts";
import { OS_LEFTOVER } from "./names.ts";
import { editorMessage } from "../../../src/i18n/editor-messages.ts";

const MARKDOWN = /\.(md|mdx)$/;

/** Every file under a folder, as `/`-separated paths relative to it. */
function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)))
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => !OS_LEFTOVER.test(file))
    .sort();
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
  const idsIn = (folder: ReferenceTarget) =>
    new Set(
      files
        .filter((file) => file.startsWith(`${folder}/`) && MARKDOWN.test(file))
        .map((file) => file.slice(folder.length + 1).replace(MARKDOWN, "")),
    );
  const knownIds = new Map(REFERENCE_TARGETS.map((target) => [target, idsIn(target)]));
  const currentFile = { path: "" };
  const helpers = standInHelpers({
    knownIds: (target) => knownIds.get(target) ?? new Set(),
    currentFile,
  });
  const schemas = new Map(COLLECTION_NAMES.map((name) => [name, registry[name].schema(helpers)]));
  for (const file of files) {
    const collection = collectionOfFile(file);
    const absolutePath = path.join(contentRoot, file);
    if (!collection || !MARKDOWN.test(file)) {
      otherFiles.push({ file, shownFile: show(file), absolutePath });
      continue;
    }
    currentFile.path = absolutePath;
    const schema = schemas.get(collection.name) as z.ZodType;
    entries.push(
      readEntry(collection.name, file, show(file), absolutePath, collection.rest, schema, now),
    );
  }
  linkTranslations(entries);
  return { projectRoot, contentRoot, shownRoot, entries, otherFiles, now };
}

/**
 * Gives each English version its original, and the original's status when that is not
 * published: the site publishes a translation only with its original (a draft's stays out).
 */
function linkTranslations(entries: readonly Entry[]): void {
  const byId = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  for (const entry of entries) {
    const translates = (registry[entry.collection] as CollectionDefinition).translates;
    const id = entry.frontmatter?.data["translationOf"];
    if (!translates || typeof id !== "string") continue;
    entry.original = byId.get(`${translates}/${id}`);
    const status = entry.original?.status;
    if (entry.status && status && status !== "published") entry.status = status;
  }
}

/** A page bigger than this is a mistake (a pasted data dump, a YAML bomb), not an article. */
const MAX_FILE_BYTES = 1024 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The file's frontmatter and body, refusing what is not UTF-8 text of a sensible size. */
function readSource(bytes: Buffer): FrontmatterResult {
  if (bytes.length > MAX_FILE_BYTES) {
    const kilobytes = Math.ceil(bytes.length / 1024);
    const message = editorMessage("FileTooLarge", { kilobytes, limit: MAX_FILE_BYTES / 1024 });
    return { ok: false, line: 1, message };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, line: 1, message: editorMessage("FileEncodingWrong") };
  }
  return readFrontmatter(text);
}

function readEntry(
  collection: CollectionName,
  file: string,
  shownFile: string,
  absolutePath: string,
  inCollection: string,
  schema: z.ZodType,
  now: Date,
): Entry {
  const read = readSource(readFileSync(absolutePath));
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
    entry.frontmatterError = { line: read.line, message: read.message, field: read.field };
    return entry;
  }
  entry.frontmatter = read.frontmatter;
  entry.body = read.body;
  entry.bodyStartLine = read.bodyStartLine;
  const result = schema.safeParse(read.frontmatter.data, { reportInput: true });
  if (result.success) {
    entry.data = result.data as Record<string, unknown>;
    entry.status = publicationStatus(entry.data, now);
  } else {
    entry.issues = result.error.issues;
  }
  return entry;
}
