/**
 * `node scripts/dev/count-deploy-files.ts [dist]`: run by the deploy workflow before publishing.
 * Counts the files of the built site and stops, with exit status 1, when they are more than
 * the host takes in one deploy: the host would refuse the upload half-way, with a message
 * that says little. The site makes about 2.4 files per article (page, search fragment, its
 * share of lists and index chunks), and a social card for each of the last twelve months', so
 * the count grows with the news archive.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * Files per deploy on Cloudflare Pages' free plan (paid plans take 100,000). Another plan or
 * host: set DEPLOY_FILE_LIMIT.
 */
const DEFAULT_DEPLOY_FILE_LIMIT = 20_000;
/** Past this share of the limit, the count comes with a warning, while there is time to act. */
const WARNING_SHARE = 0.9;

const shownDir = process.argv[2] ?? "dist";
const dir = path.resolve(shownDir);
const limit = Number(process.env["DEPLOY_FILE_LIMIT"] || DEFAULT_DEPLOY_FILE_LIMIT);
const number = (value: number) => value.toLocaleString("it-IT");

if (!Number.isInteger(limit) || limit <= 0) {
  console.error(
    `DEPLOY_FILE_LIMIT deve essere un numero intero di file, per esempio 100000: è «${String(process.env["DEPLOY_FILE_LIMIT"])}».`,
  );
  process.exit(1);
}
if (!existsSync(dir)) {
  console.error(`${shownDir} non esiste: esegui prima npm run build.`);
  process.exit(1);
}

const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
  entry.isFile(),
).length;
const counted = `${shownDir} contiene ${number(files)} file`;
const allowed = `l’host ne accetta fino a ${number(limit)} per pubblicazione`;
// In GitHub Actions, the message also shows on the run's summary page.
const annotation = (level: string) => (process.env["GITHUB_ACTIONS"] ? `::${level}::` : "");

if (files > limit) {
  console.error(
    `${annotation("error")}${counted}, ma ${allowed}: la pubblicazione si ferma qui, prima che ` +
      "l’host la rifiuti a metà. Passa a un piano che accetta più file (su Cloudflare Pages i " +
      "piani a pagamento ne accettano 100.000, con la variabile PAGES_WRANGLER_MAJOR_VERSION=4 " +
      "nelle impostazioni del progetto) e scrivi il nuovo limite in DEPLOY_FILE_LIMIT.",
  );
  process.exit(1);
}
if (files > limit * WARNING_SHARE) {
  console.warn(
    `${annotation("warning")}${counted} e ${allowed}: presto servirà un piano che ne accetta ` +
      "di più (README, «Deploy»).",
  );
} else {
  console.log(`${counted}: ${allowed}.`);
}
