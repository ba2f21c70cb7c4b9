import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pageForIndex, scratchFolder, textForIndex, writeSearchIndex } from "./search-index.ts";
import { listFiles } from "../../tests/support/dist";
import { indexFiles } from "../../src/lib/search/pagefind-files.ts";

/**
 * A Pagefind that runs out of disk space halfway: it writes part of an index, then fails as
 * the real one does. The npm wrapper runs the binary that this variable names.
 */
function failingPagefind(folder: string): string {
  const script = path.join(folder, "pagefind-disco-pieno");
  writeFileSync(
    script,
    [
      "#!/bin/sh",
      'while [ "$#" -gt 0 ]; do [ "$1" = --output-path ] && out="$2"; shift; done',
      'mkdir -p "$out/fragment" && echo "{}" > "$out/pagefind-entry.json"',
      'echo "Error: No space left on device (os error 28)" >&2',
      "exit 1",
    ].join("\n"),
    { mode: 0o755 },
  );
  return script;
}

describe("the search index's view of a page", () => {
  it("splits Italian elisions with a typographic apostrophe into two words", () => {
    expect(textForIndex("<span>l’automobile dell’auto</span>")).toBe(
      "<span>l'automobile dell'auto</span>",
    );
  });

  it("keeps a space between the words of neighbouring blocks, and none inside inline elements", () => {
    expect(
      textForIndex(
        "<dl><dt>Stato</dt><dd>Attivo</dd></dl><table><caption>Membri</caption><tr><th>Provincia</th></tr></table><p>Auto<em>mobile</em></p><hr/>",
      ),
    ).toBe(
      " <dl> <dt>Stato</dt>  <dd>Attivo</dd> </dl>  <table> <caption>Membri</caption>  <tr> <th>Provincia</th> </tr> </table>  <p>Auto<em>mobile</em></p>  <hr/>",
    );
  });

  it("leaves elements whose names start like a block's alone", () => {
    expect(textForIndex("<path d='M0'/><link rel='x'><pre>a</pre>")).toBe(
      "<path d='M0'/><link rel='x'> <pre>a</pre> ",
    );
  });
});

describe("the part of a page the index reads", () => {
  const built = (main: string, around = "") =>
    `<!DOCTYPE html><html lang="it" data-tema><head><title>T</title><script>x()</script></head><body><header><nav>Menu</nav></header>${around}${main}<footer>Piè di pagina</footer></body></html>`;

  it("is the page's language and its main content, with every Pagefind attribute in it", () => {
    const main =
      '<main id="contenuto"><article data-pagefind-body><h1 data-pagefind-meta="data:2026-01-01">Titolo</h1></article></main>';
    expect(pageForIndex(built(main), "notizie/a/index.html")).toBe(
      `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head><body>${main}</body></html>`,
    );
  });

  it("stops on a Pagefind attribute outside the main content, naming the page", () => {
    expect(() =>
      pageForIndex(
        built(
          "<main data-pagefind-body><h1>Titolo</h1></main>",
          '<p data-pagefind-filter="anno:2026"></p>',
        ),
        "notizie/a/index.html",
      ),
    ).toThrow("notizie/a/index.html: data-pagefind-filter fuori da <main>");
  });

  it("stops on a page with no main content or no language", () => {
    expect(() => pageForIndex(built("<div data-pagefind-body></div>"), "x/index.html")).toThrow(
      "x/index.html: una pagina da indicizzare senza <main> o senza <html lang>",
    );
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

  let cache: string;

  beforeEach(() => {
    dist = mkdtempSync(path.join(os.tmpdir(), "indice-"));
    cache = mkdtempSync(path.join(os.tmpdir(), "indice-in-cache-"));
    vi.stubEnv("SEARCH_INDEX_CACHE", cache);
    writeFileSync(
      path.join(dist, "index.html"),
      page("<main data-pagefind-body><h1>Motori</h1><p>Batterie e motori elettrici.</p></main>"),
    );
    // The search page, as Astro writes it: waiting for the index's hash.
    mkdirSync(path.join(dist, "cerca"));
    writeFileSync(
      path.join(dist, "cerca/index.html"),
      page("<form><div data-search-app data-search-index hidden><ol></ol></div></form>"),
    );
    mkdirSync(path.join(dist, "pagefind"));
    for (const [file, text] of Object.entries(previousIndex)) {
      writeFileSync(path.join(dist, file), text);
    }
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const folder of [dist, cache, `${cache}.partial`])
      rmSync(folder, { recursive: true, force: true });
  });

  it("replaces the previous index with the new one and leaves nothing beside it", async () => {
    const report = await writeSearchIndex(dist);

    expect(report).toMatchObject({ indexedPages: 1, htmlPages: 2 });
    const files = listFiles(path.join(dist, "pagefind"));
    expect(files).toContain("pagefind-entry.json");
    expect(readFileSync(path.join(dist, "pagefind/pagefind.js"), "utf8")).not.toBe(
      previousIndex["pagefind/pagefind.js"],
    );
    expect(readdirSync(dist).sort()).toEqual(["cerca", "index.html", "pagefind"]);
  });

  it("writes the new index's hash into the search page, with preloads of its entry file and metadata, again on each run", async () => {
    for (const run of [1, 2]) {
      await writeSearchIndex(dist);
      const entry = JSON.parse(
        readFileSync(path.join(dist, "pagefind/pagefind-entry.json"), "utf8"),
      ) as {
        languages: { it: { hash: string } };
      };
      const { hash } = entry.languages.it;
      const html = readFileSync(path.join(dist, "cerca/index.html"), "utf8");
      expect(html, `run ${run}`).toContain(
        `<div data-search-app data-search-index="${hash}" hidden>`,
      );
      const preloads = [
        ...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin[^>]*>/g),
      ];
      expect(preloads.map(([, href]) => href)).toEqual(indexFiles(hash));
      expect(html.indexOf(preloads[0]?.[0] ?? "?")).toBeLessThan(html.indexOf("</head>"));
      for (const file of indexFiles(hash)) {
        expect(readdirSync(path.join(dist, "pagefind"))).toContain(
          path.basename(file.replace(/\?.*/, "")),
        );
      }
    }
  });

  it("leaves the previous index whole when writing the new one fails", async () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), "pagefind-"));
    vi.stubEnv("PAGEFIND_EXTENDED_BINARY_PATH", failingPagefind(bin));
    const before = contents(dist);

    try {
      await expect(writeSearchIndex(dist)).rejects.toThrow(
        /^Pagefind: .*No space left on device \(os error 28\)/,
      );
      expect(contents(dist)).toEqual(before);
    } finally {
      rmSync(bin, { recursive: true });
    }
  });

  describe("from the cache", () => {
    const index = () => contents(path.join(dist, "pagefind"));

    it("takes the index Pagefind wrote from the same pages, byte for byte", async () => {
      expect(await writeSearchIndex(dist)).toMatchObject({ fromCache: false });
      const written = index();

      expect(await writeSearchIndex(dist)).toMatchObject({ indexedPages: 1, fromCache: true });
      expect(index()).toEqual(written);
    });

    it("runs Pagefind again once a page has changed", async () => {
      await writeSearchIndex(dist);
      const before = readFileSync(path.join(dist, "pagefind/pagefind-entry.json"), "utf8");
      writeFileSync(
        path.join(dist, "index.html"),
        page("<main data-pagefind-body><h1>Motori</h1><p>Idrogeno.</p></main>"),
      );

      expect(await writeSearchIndex(dist)).toMatchObject({ fromCache: false });
      expect(readFileSync(path.join(dist, "pagefind/pagefind-entry.json"), "utf8")).not.toBe(
        before,
      );
      expect(await writeSearchIndex(dist)).toMatchObject({ fromCache: true });
    });

    it("runs Pagefind again when Pagefind's settings have changed, here its binary", async () => {
      await writeSearchIndex(dist);
      const bin = mkdtempSync(path.join(os.tmpdir(), "pagefind-"));
      vi.stubEnv("PAGEFIND_EXTENDED_BINARY_PATH", failingPagefind(bin));
      try {
        await expect(writeSearchIndex(dist)).rejects.toThrow(/^Pagefind: /);
      } finally {
        rmSync(bin, { recursive: true });
      }
    });

    it("is not used when one of its files is not whole, and is written again", async () => {
      await writeSearchIndex(dist);
      const written = index();
      const [fragment] = listFiles(path.join(cache, "pagefind/fragment"));
      // A cache restored in part: the file exists but stops short. A new file, not the same
      // one, since the built index shares the cache's files.
      const damaged = path.join(cache, "pagefind/fragment", fragment ?? "?");
      const bytes = readFileSync(damaged);
      rmSync(damaged);
      writeFileSync(damaged, bytes.subarray(0, 10));

      expect(await writeSearchIndex(dist)).toMatchObject({ fromCache: false });
      expect(index()).toEqual(written);
      expect(await writeSearchIndex(dist)).toMatchObject({ fromCache: true });
      expect(index()).toEqual(written);
    });

    it("is not used when its record is not one the build wrote", async () => {
      await writeSearchIndex(dist);
      const { key } = JSON.parse(readFileSync(path.join(cache, "manifest.json"), "utf8")) as {
        key: string;
      };
      writeFileSync(path.join(cache, "manifest.json"), JSON.stringify({ key }));

      expect(await writeSearchIndex(dist)).toMatchObject({ fromCache: false });
      expect(await writeSearchIndex(dist)).toMatchObject({ fromCache: true });
    });

    it("removes what a build stopped half-way left beside it, and nothing a build may be writing", async () => {
      const partial = `${cache}.partial`;
      const abandoned = path.join(partial, "index-Ab12Cd");
      const beingWritten = path.join(partial, "index-Ef34Gh");
      for (const folder of [abandoned, beingWritten])
        mkdirSync(path.join(folder, "pagefind"), { recursive: true });
      const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
      utimesSync(abandoned, yesterday, yesterday);

      await writeSearchIndex(dist);
      // Nor anything of its own: its new index moved into place, the one before removed.
      expect(readdirSync(partial)).toEqual(["index-Ef34Gh"]);
    });

    it("is not used when it holds a file its record does not list", async () => {
      await writeSearchIndex(dist);
      writeFileSync(path.join(cache, "pagefind/fragment/it_estraneo.pf_fragment"), "");

      expect(await writeSearchIndex(dist)).toMatchObject({ fromCache: false });
      expect(listFiles(path.join(dist, "pagefind"))).not.toContain(
        "fragment/it_estraneo.pf_fragment",
      );
    });
  });
});
