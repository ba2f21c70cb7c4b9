import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { scratchFolder, textForIndex, writeSearchIndex } from "./search-index.ts";
import { listFiles } from "../../tests/support/dist";

/**
 * The real Pagefind, whose writing can be made to fail as a full disk would make it: it writes
 * some of its files, then reports an error.
 */
const failure = vi.hoisted(() => ({ writing: false }));
vi.mock("pagefind", async (importOriginal) => {
  const pagefind = await importOriginal<typeof import("pagefind")>();
  return {
    ...pagefind,
    createIndex: async (...options: Parameters<typeof pagefind.createIndex>) => {
      const created = await pagefind.createIndex(...options);
      const { index } = created;
      if (!index || !failure.writing) return created;
      const writeFiles: typeof index.writeFiles = async (writeOptions) => {
        await index.writeFiles(writeOptions);
        return { errors: ["No space left on device (os error 28)"], outputPath: "" };
      };
      return { ...created, index: { ...index, writeFiles } };
    },
  };
});

describe("the search index's view of a page", () => {
  it("splits Italian elisions with a typographic apostrophe into two words", () => {
    expect(textForIndex("<p>l’automobile dell’auto</p>")).toBe("<p>l'automobile dell'auto</p>");
  });
});

describe("where the pages are copied for the index", () => {
  it("is the folder in memory when it has room for twice the pages", () => {
    const memory = mkdtempSync(path.join(os.tmpdir(), "memoria-"));
    try {
      expect(scratchFolder(1000, memory)).toBe(memory);
      expect(scratchFolder(Number.MAX_SAFE_INTEGER, memory)).toBe(os.tmpdir());
    } finally {
      rmSync(memory, { recursive: true });
    }
  });

  it("is the temporary folder where there is no folder in memory", () => {
    expect(scratchFolder(1000, path.join(os.tmpdir(), "nessuna-cartella-così"))).toBe(os.tmpdir());
  });
});

describe("writing the search index", () => {
  let dist: string;
  const page = (body: string) =>
    `<!doctype html><html lang="it"><head><title>Pagina</title></head><body>${body}</body></html>`;
  const previousIndex = { "pagefind/pagefind.js": "// l’indice precedente" };
  const contents = (root: string) =>
    Object.fromEntries(listFiles(root).map((file) => [file, readFileSync(path.join(root, file))]));

  beforeEach(() => {
    dist = mkdtempSync(path.join(os.tmpdir(), "indice-"));
    writeFileSync(
      path.join(dist, "index.html"),
      page("<main data-pagefind-body><h1>Motori</h1><p>Batterie e motori elettrici.</p></main>"),
    );
    mkdirSync(path.join(dist, "pagefind"));
    for (const [file, text] of Object.entries(previousIndex)) {
      writeFileSync(path.join(dist, file), text);
    }
  });
  afterEach(() => {
    failure.writing = false;
    rmSync(dist, { recursive: true, force: true });
  });

  it("replaces the previous index with the new one and leaves nothing beside it", async () => {
    const report = await writeSearchIndex(dist);

    expect(report).toMatchObject({ indexedPages: 1, htmlPages: 1 });
    const files = listFiles(path.join(dist, "pagefind"));
    expect(files).toContain("pagefind-entry.json");
    expect(readFileSync(path.join(dist, "pagefind/pagefind.js"), "utf8")).not.toBe(
      previousIndex["pagefind/pagefind.js"],
    );
    expect(readdirSync(dist).sort()).toEqual(["index.html", "pagefind"]);
  });

  it("leaves the previous index whole when writing the new one fails", async () => {
    failure.writing = true;
    const before = contents(dist);

    await expect(writeSearchIndex(dist)).rejects.toThrow(
      "Pagefind: No space left on device (os error 28)",
    );

    expect(contents(dist)).toEqual(before);
  });
});
