/**
 * `node scripts/finish-build.ts [outDir]`: the last step of `npm run build`, once `astro build`
 * has exited. Draws the articles' social cards on every core, then writes the search index.
 * Both run apart from Astro's build, and one after the other, because each takes a lot of
 * memory: Pagefind holds the whole index (about 1.5 GB for 5,000 articles), and Astro's build
 * would still be holding its own.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeSearchIndex } from "./lib/search-index.ts";
import { cardOrders } from "./lib/social-card-orders.ts";
import { writeSocialCards } from "./lib/social-card-pool.ts";

const outDir = path.resolve(process.argv[2] ?? "dist");
if (!existsSync(path.join(outDir, "index.html"))) {
  console.error(`${outDir} non contiene un sito costruito: esegui prima astro build.`);
  process.exit(1);
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

const cardsStarted = performance.now();
const { drawn, fromCache } = await writeSocialCards(cardOrders(outDir), os.availableParallelism());
console.log(
  `[social-cards] schede social scritte in ${seconds(cardsStarted)} s: ` +
    `${drawn} disegnate, ${fromCache} dalla cache`,
);

const searchStarted = performance.now();
const { indexedPages, htmlPages } = await writeSearchIndex(outDir);
console.log(
  `[search-index] indice di ricerca scritto in ${seconds(searchStarted)} s: ` +
    `${indexedPages} pagine su ${htmlPages}`,
);
