import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { afterAll, describe, expect, it } from "vitest";
import { t } from "../../i18n/it.ts";
import { contentFolderLoader } from "./content-folder-loader.ts";

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/** A loader like Astro's glob: each entry's data through parseData, then into the store. */
function loaderOf(entries: Entry[]): Loader {
  return {
    name: "test",
    load: async (context) => {
      for (const entry of entries) {
        const data = await context.parseData({
          ...entry,
          filePath: path.resolve(`${entry.id}.md`),
        });
        context.store.set({ id: entry.id, data });
      }
    },
  };
}

/** A context whose schema refuses `{ valid: false }`, with a store holding `stored`. */
function contextWith(stored: Entry[] = [], watcher?: EventEmitter) {
  const store = new Map(stored.map((entry) => [entry.id, entry]));
  const warnings: string[] = [];
  const context = {
    parseData: ({ data }: { data: Record<string, unknown> }) =>
      data["valid"] === false
        ? Promise.reject(new Error("data does not match collection schema"))
        : Promise.resolve(data),
    store: {
      set: (entry: Entry) => {
        store.set(entry.id, entry);
        return true;
      },
    },
    logger: { warn: (message: string) => warnings.push(message) },
    watcher,
  } as unknown as LoaderContext;
  return { context, store, warnings };
}

const folder = mkdtempSync(path.join(tmpdir(), "cartella-"));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});
const good = { id: "buono", data: { valid: true } };
const bad = { id: "sbagliato", data: { valid: false } };

describe("the loader of a content folder", () => {
  it("stops a build on an entry its schema refuses", async () => {
    const { context } = contextWith();
    const loader = contentFolderLoader(loaderOf([bad]), { folder, lenient: false });
    await expect(loader.load(context)).rejects.toThrow("does not match");
  });

  it("in the preview, loads the other entries and keeps the last good version of a refused one", async () => {
    const earlier = { id: "sbagliato", data: { valid: true, title: "prima" } };
    const { context, store, warnings } = contextWith([earlier]);
    await contentFolderLoader(loaderOf([good, bad]), { folder, lenient: true }).load(context);
    expect(store.get("buono")).toEqual(good);
    expect(store.get("sbagliato")).toEqual(earlier);
    expect(warnings).toEqual([t.preview.entryRefused("sbagliato.md")]);
  });

  it("takes a folder that does not exist for an empty collection, without a word", async () => {
    const { context, store, warnings } = contextWith();
    const missing = path.join(folder, "eventi");
    await contentFolderLoader(loaderOf([good]), { folder: missing, lenient: false }).load(context);
    expect(store.size).toBe(0);
    expect(warnings).toEqual([]);
  });

  it("in the preview, loads a missing folder once its first file appears", async () => {
    const watcher = new EventEmitter();
    const { context, store } = contextWith([], watcher);
    const missing = path.join(folder, "eventi");
    await contentFolderLoader(loaderOf([good]), { folder: missing, lenient: true }).load(context);
    watcher.emit("add", path.join(folder, "altro.md"));
    expect(store.size).toBe(0);
    watcher.emit("add", path.join(missing, "assemblea.md"));
    await expect.poll(() => store.get("buono")).toEqual(good);
  });
});
