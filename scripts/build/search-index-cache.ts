/**
 * The last search index built, kept between builds in a folder CI keeps (as it keeps the social
 * cards). Pagefind's output depends only on the pages it reads, its version and its settings:
 * when none of them changed, the build takes the index from here rather than running Pagefind
 * again (5,000 articles: 7–10 s and a 1.5 GB process).
 *
 * The whole index or nothing. Pagefind can reuse files one by one (it skips writing a hashed file
 * that already exists in its output folder), but it names them by 32 bits of their hash and never
 * reads them: a stale file whose name a new file's hash happened to share would be published in
 * the new one's place. Its own source says as much (pagefind/src/index/mod.rs, "collision issues").
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { packageVersion } from "../../src/lib/social-cards/social-card-cache.ts";

/** Where the index is kept unless `SEARCH_INDEX_CACHE` says otherwise: in the folder CI keeps. */
export const DEFAULT_SEARCH_INDEX_CACHE = ".cache/search-index";
const cacheRoot = () =>
  path.resolve(process.env["SEARCH_INDEX_CACHE"] ?? DEFAULT_SEARCH_INDEX_CACHE);
const MANIFEST = "manifest.json";
const INDEX = "pagefind";

/** What the cache records of the index it holds. */
interface Manifest {
  key: string;
  /** Every file of the index, by its path inside the index, with its SHA-256. */
  files: Record<string, string>;
}

/** The configuration files Pagefind reads from the folder it runs in, besides its arguments. */
const PAGEFIND_CONFIG_FILES = ["pagefind.json", "pagefind.toml", "pagefind.yml", "pagefind.yaml"];

/**
 * The name of an index: a hash of every page Pagefind reads (path and text, in order) and of
 * everything else that shapes what it writes: its version, its arguments, its configuration
 * files and its environment variables (`PAGEFIND_*`, which also name its binary).
 */
export class IndexKey {
  readonly #hash = createHash("sha256");

  addPage(file: string, text: string): void {
    this.#hash.update(file).update("\0").update(text).update("\0");
  }

  digest(args: readonly string[]): string {
    const settings = {
      version: packageVersion("pagefind"),
      args,
      config: PAGEFIND_CONFIG_FILES.filter((file) => existsSync(file)).map((file) => [
        file,
        readFileSync(file, "utf8"),
      ]),
      env: Object.entries(process.env)
        .filter(([name]) => name.startsWith("PAGEFIND_"))
        .sort(),
    };
    return this.#hash.update(JSON.stringify(settings)).digest("hex");
  }
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

const filesOf = (folder: string) =>
  readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => statSync(path.join(folder, file)).isFile())
    .sort();

/**
 * A hard link where the two folders share a file system (one directory entry; copying the
 * 6,357 files of a 5,000-article index costs 4 s of the system's time here), a copy otherwise.
 */
function linkFiles(from: string, to: string, files: readonly string[]): void {
  for (const file of files) {
    const target = path.join(to, file);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(path.join(from, file), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
      copyFileSync(path.join(from, file), target);
    }
  }
}

/**
 * Puts `replacement` in place of `target`. Two renames within the same folder, so `target` is
 * missing only between them, never for the time its replacement took to write.
 */
export function replaceFolder(target: string, replacement: string): void {
  const previous = `${replacement}-previous`;
  if (existsSync(target)) renameSync(target, previous);
  renameSync(replacement, target);
  rmSync(previous, { recursive: true, force: true });
}

/** The cache's record, unless it is missing or not one this module wrote. */
function readManifest(): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(cacheRoot(), MANIFEST), "utf8")) as unknown;
    const { key, files } = (manifest ?? {}) as { key?: unknown; files?: unknown };
    const whole = typeof key === "string" && typeof files === "object" && files !== null;
    return whole ? { key, files: files as Manifest["files"] } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the cached index into the empty folder `outputPath`, if it is the index `key` names and
 * every one of its files is whole (a cache restored in part, or changed by hand, is not used).
 * Returns whether it did.
 */
export function takeCachedIndex(key: string, outputPath: string): boolean {
  const manifest = readManifest();
  if (manifest?.key !== key) return false;
  const indexDir = path.join(cacheRoot(), INDEX);
  const files = existsSync(indexDir) ? filesOf(indexDir) : [];
  const expected = Object.keys(manifest.files).sort();
  const whole =
    files.length === expected.length &&
    files.every(
      (file, i) =>
        file === expected[i] && sha256(path.join(indexDir, file)) === manifest.files[file],
    );
  if (whole) linkFiles(indexDir, outputPath, files);
  return whole;
}

/** Older than any build's writing of its folder beside the cache (seconds at 5,000 articles). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/**
 * Removes the folders that builds stopped half-way (Ctrl-C, a killed job) left in `partial`:
 * nothing else would, and each holds a copy of an index. Never fails the build.
 */
function removeAbandonedFolders(partial: string): void {
  for (const name of readdirSync(partial)) {
    const folder = path.join(partial, name);
    try {
      if (Date.now() - statSync(folder).mtimeMs > ABANDONED_AFTER_MS)
        rmSync(folder, { recursive: true, force: true });
    } catch {
      // Gone meanwhile: the build that wrote it has moved or removed it.
    }
  }
}

/** Keeps `indexDir`, the index `key` names, as the cached index, in place of the one there. */
export function keepIndex(key: string, indexDir: string): void {
  const root = cacheRoot();
  // Beside the cache, on its file system, so that the new index moves into place by a rename;
  // in a folder of its own, so that only what a build wrote is ever removed.
  const partial = `${root}.partial`;
  mkdirSync(partial, { recursive: true });
  removeAbandonedFolders(partial);
  const fresh = mkdtempSync(path.join(partial, "index-"));
  try {
    const files = filesOf(indexDir);
    linkFiles(indexDir, path.join(fresh, INDEX), files);
    const manifest: Manifest = {
      key,
      files: Object.fromEntries(files.map((file) => [file, sha256(path.join(indexDir, file))])),
    };
    writeFileSync(path.join(fresh, MANIFEST), JSON.stringify(manifest));
    replaceFolder(root, fresh);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
