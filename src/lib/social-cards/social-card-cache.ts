/**
 * The cache of drawn social cards (a folder CI keeps between builds): each card is a PNG named
 * by a hash of everything that shapes it, reused only when it is whole.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const cacheDir = () => path.resolve(process.env["SOCIAL_CARD_CACHE"] ?? ".cache/social-cards");
const require = createRequire(import.meta.url);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The last chunk of every PNG: zero length, type IEND, and its fixed CRC. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Whether `bytes` are a PNG from its signature to its end: a build killed while writing, or a
 * cache restored in part, leaves files that exist but stop short.
 */
export function isWholePng(bytes: Uint8Array): boolean {
  return (
    bytes.length >= PNG_SIGNATURE.length + PNG_END.length &&
    Buffer.from(bytes.subarray(0, PNG_SIGNATURE.length)).equals(PNG_SIGNATURE) &&
    Buffer.from(bytes.subarray(bytes.length - PNG_END.length)).equals(PNG_END)
  );
}

/**
 * The installed version of a package, from its own package.json: found on Node's lookup path,
 * because not every package lists its package.json among its exports.
 */
export function packageVersion(name: string): string {
  for (const folder of require.resolve.paths(name) ?? []) {
    const file = path.join(folder, name, "package.json");
    if (existsSync(file)) {
      return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    }
  }
  throw new Error(`${name}: pacchetto non installato`);
}

/** The name of a cached card: a hash of everything that shapes it, as JSON. */
export function cardCacheKey(inputs: unknown): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
}

async function readWhole(file: string): Promise<Buffer | undefined> {
  try {
    const bytes = await readFile(file);
    return isWholePng(bytes) ? bytes : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

const cacheFile = (key: string) => path.join(cacheDir(), `${key}.png`);

/** The card cached under `key`, if there is a whole one. */
export function readCachedCard(key: string): Promise<Buffer | undefined> {
  return readWhole(cacheFile(key));
}

/** The card cached under `key`, drawn and cached first if there is no whole one. */
export async function cachedCard(
  key: string,
  draw: () => Promise<Buffer>,
): Promise<{ png: Buffer; drawn: boolean }> {
  const file = cacheFile(key);
  const cached = await readWhole(file);
  if (cached) return { png: cached, drawn: false };
  const png = await draw();
  await mkdir(path.dirname(file), { recursive: true });
  // Written aside, then renamed over whatever is there: a build drawing the same card in
  // another thread never reads a half-written file.
  const partial = `${file}.${randomUUID()}`;
  await writeFile(partial, png);
  await rename(partial, file);
  return { png, drawn: true };
}
