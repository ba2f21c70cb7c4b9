/**
 * `node scripts/build/finish-build.ts [outDir]`: the last step of `npm run build`, once `astro build`
 * has exited. Writes the social cards the articles announce (drawing on every core those not
 * drawn before), then the search index, then the browser editor at /admin/ (after the index,
 * which must never contain it).
 * Both run apart from Astro's build, and one after the other, because each takes a lot of
 * memory: Pagefind holds the whole index (about 1.5 GB for 5,000 articles), and Astro's build
 * would still be holding its own.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readDeploySettings } from "../../src/lib/site/deploy-settings.ts";
import { writeAdmin } from "./cms/admin.ts";
import { placeEnglishNotFound } from "./english-not-found.ts";
import { writeSearchIndex } from "./search-index.ts";
import { takeCardOrders } from "./social-card-orders.ts";
import { writeSocialCards } from "./social-card-pool.ts";

const outDir = path.resolve(process.argv[2] ?? "dist");
if (!existsSync(path.join(outDir, "index.html"))) {
  console.error(`${outDir} non contiene un sito costruito: esegui prima astro build.`);
  process.exit(1);
}

placeEnglishNotFound(outDir);

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

const cardsStarted = performance.now();
const { drawn, fromCache } = await writeSocialCards(
  takeCardOrders(outDir),
  os.availableParallelism(),
);
console.log(
  `[social-cards] schede social scritte in ${seconds(cardsStarted)} s: ` +
    `${drawn} disegnate, ${fromCache} dalla cache`,
);

const searchStarted = performance.now();
const {
  indexedPages,
  htmlPages,
  seconds: parts,
  fromCache: indexFromCache,
} = await writeSearchIndex(outDir);
console.log(
  `[search-index] indice di ricerca scritto in ${seconds(searchStarted)} s: ` +
    `${indexedPages} pagine su ${htmlPages} (copiate in ${parts.copy.toFixed(1)} s, ` +
    (indexFromCache
      ? `indice dalla cache in ${parts.index.toFixed(1)} s: le pagine sono quelle da cui fu scritto)`
      : `indicizzate da Pagefind in ${parts.index.toFixed(1)} s)`),
);

const adminStarted = performance.now();
const admin = await writeAdmin(outDir, readDeploySettings(process.env));
console.log(
  admin.configured
    ? `[admin] modifica dal browser scritta in /admin/ in ${seconds(adminStarted)} s` +
        (admin.bundleFromCache ? " (CMS dalla cache)" : "")
    : "[admin] modifica dal browser non configurata: /admin/ lo spiega (CMS_GITHUB_REPO, CMS_AUTH_URL)",
);
