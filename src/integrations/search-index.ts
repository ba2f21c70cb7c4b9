import type { AstroIntegration } from "astro";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * Pagefind splits words at a straight apostrophe but not at the typographic one that Markdown
 * renders, so "l’automobile" would be one word and a search for "automobile" would miss it.
 * The index reads a copy of each page with straight apostrophes; the pages keep theirs.
 */
export function textForIndex(html: string): string {
  return html.replaceAll("’", "'");
}

/** `membri/csmt/index.html` → `/membri/csmt/`; `404.html` → `/404`. */
export function pageUrl(relativeFile: string): string {
  const unix = relativeFile.split(path.sep).join("/");
  return `/${unix.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "")}`;
}

/**
 * Indexes the built site with Pagefind right after Astro writes it, so every build (npm run
 * build, the tests' fixture builds, the benchmark) ships an index that matches its pages.
 * Only elements marked `data-pagefind-body` are indexed: the main content of content pages.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
        const files = (await readdir(outDir, { recursive: true })).filter((file) =>
          file.endsWith(".html"),
        );
        const problems: string[] = [];
        let indexed = 0;
        for (const file of files) {
          const html = await readFile(path.join(outDir, file), "utf8");
          // Lists, tag pages and the like carry no indexable body: Pagefind need not read them.
          if (!html.includes("data-pagefind-body")) continue;
          const added = await index.addHTMLFile({
            url: pageUrl(file),
            content: textForIndex(html),
          });
          problems.push(...added.errors);
          indexed++;
        }
        const written = await index.writeFiles({ outputPath: path.join(outDir, "pagefind") });
        await pagefind.close();
        problems.push(...written.errors);
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join("; ")}`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `indice di ricerca scritto in ${seconds} s: ${indexed} pagine su ${files.length}`,
        );
      },
    },
  };
}
