/**
 * `npm run docs:screenshots [dist]`: the screenshots of the browser editor in EDITING.md, taken
 * in Chromium on a built site whose /admin/ is configured (by default the fixture site that
 * `npm test` builds), over a local repository holding the real content of content/: editors see
 * their own entries, never a test fixture's. The new article typed in the form is the guide's own
 * example, and its picture is the site's own icon; nothing is written to content/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { routes } from "../../src/routes.ts";
import { serveStatic } from "../../tests/support/static-server.ts";
import { launchBrowser } from "./chromium.ts";
import {
  contentFiles,
  entryField,
  openLocalRepository,
  showSubfields,
  type RepositoryFiles,
} from "./cms-local-repository.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const dist = path.resolve(process.argv[2] ?? path.join(projectRoot, "tests/.output/fixture-dist"));
const shots = path.join(projectRoot, ".github/modifica-dal-browser");
mkdirSync(shots, { recursive: true });

/** The title of the article in the latest year folder, which the list of news shows. */
function newestTitle(files: RepositoryFiles): string {
  const news = Object.keys(files)
    .filter((file) => /^content\/news\/\d{4}\/[^/]+\.md$/.test(file))
    .sort();
  const text = Buffer.from(files[news.at(-1) ?? ""] ?? "", "base64").toString("utf8");
  const title = /^title: *"?(.*?)"?$/m.exec(text)?.[1];
  if (!title) throw new Error("content/news/ non contiene notizie da mostrare nelle schermate.");
  return title;
}

const server = await serveStatic(dist, { headersFile: true });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({
    locale: "it-IT",
    timezoneId: "Europe/Rome",
    viewport: { width: 1280, height: 800 },
  });
  // The sign-in screen asks GitHub's status page, which this closed network cannot reach.
  await context.route("https://www.githubstatus.com/**", (route) =>
    route.fulfill({ json: { status: { indicator: "none" } } }),
  );
  const page = await context.newPage();
  const shoot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });
  const field = (keyPath: string) => entryField(page, keyPath);

  await page.goto(`${server.origin}${routes.admin()}`);
  await page.getByRole("button", { name: /^Accedi con \W?GitHub\W?$/ }).waitFor();
  await shoot("1-accesso");

  const repository = contentFiles(path.join(projectRoot, "content"));
  await openLocalRepository(page, server.origin, repository);
  await page.getByText(newestTitle(repository), { exact: true }).first().waitFor();
  await page.waitForTimeout(500);
  await shoot("2-notizie");

  // The article of the guide's example, typed in the form: a new entry, never saved.
  await page.evaluate(() => {
    location.hash = "#/collections/news/new";
  });
  await field("title").locator("input").fill("Il distretto apre le adesioni");
  await field("description")
    .locator("input")
    .fill(
      "Imprese, università e associazioni del settore possono chiedere di entrare nel distretto: ecco come.",
    );
  await field("pubDate").locator("input").fill("2026-11-30T09:30");
  await field("author").locator("input").fill("Segreteria del distretto");
  await page.waitForTimeout(500);
  await shoot("3-nuova-notizia");

  await field("image").getByRole("checkbox").click();
  await showSubfields(page, "image");
  await field("image.src")
    .locator("input[type=file]")
    .first()
    .setInputFiles({
      name: "apertura-adesioni.png",
      mimeType: "image/png",
      buffer: readFileSync(path.join(projectRoot, "public/icon-512.png")),
    });
  await field("image.alt")
    .locator("input")
    .fill("Un'automobile stilizzata bianca su fondo blu, il simbolo del sito");
  await page.waitForTimeout(500);
  await showSubfields(page, "image");
  await shoot("4-immagine");
  console.log(`Schermate scritte in ${path.relative(projectRoot, shots)}/`);
} finally {
  await browser.close();
  await server.close();
}
