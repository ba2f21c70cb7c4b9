/**
 * `node scripts/finish-build.ts [outDir]`: the last step of `npm run build`, once `astro build`
 * has exited. Writes the search index and the articles' social cards side by side: Pagefind's
 * indexing keeps one core busy and holds the whole index in memory (about 1.5 GB for 5,000
 * articles), so it runs apart from Astro's build, and the cards take the other cores.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeSearchIndex } from "./lib/search-index.ts";
import { cardOrders } from "./lib/social-card-orders.ts";
import { socialCardPool } from "./lib/social-card-pool.ts";

const outDir = path.resolve(process.argv[2] ?? "dist");
if (!existsSync(path.join(outDir, "index.html"))) {
  console.error(`${outDir} non contiene un sito costruito: esegui prima astro build.`);
  process.exit(1);
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const started = performance.now();
const cards = socialCardPool(cardOrders(outDir));
for (let thread = 1; thread < os.availableParallelism(); thread++) cards.addWorker();

const search = writeSearchIndex(outDir).then(({ indexedPages, htmlPages }) => {
  console.log(
    `[search-index] indice di ricerca scritto in ${seconds(started)} s: ` +
      `${indexedPages} pagine su ${htmlPages}`,
  );
  // The core Pagefind used is free: one more thread for the cards still to draw.
  cards.addWorker();
});
const drawing = cards.done.then(({ drawn, fromCache }) => {
  console.log(
    `[social-cards] schede social scritte in ${seconds(started)} s: ` +
      `${drawn} disegnate, ${fromCache} dalla cache`,
  );
});
await Promise.all([search, drawing]);
