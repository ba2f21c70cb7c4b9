/**
 * `npm run docs:screenshots [dist]`: the screenshots of the browser editor in EDITING.md, taken
 * in Chromium on a built site whose /admin/ is configured (by default the fixture site that
 * `npm test` builds), over a local repository made from the fixture content.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { routes } from "../src/routes.ts";
import { serveStatic } from "../tests/support/static-server.ts";
import { launchBrowser } from "./lib/chromium.ts";
import {
  contentFiles,
  entryField,
  openLocalRepository,
  showSubfields,
} from "./lib/cms-local-repository.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");
const dist = path.resolve(process.argv[2] ?? path.join(projectRoot, "tests/.output/fixture-dist"));
const shots = path.join(projectRoot, ".github/modifica-dal-browser");
mkdirSync(shots, { recursive: true });

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

  await openLocalRepository(
    page,
    server.origin,
    contentFiles(path.join(projectRoot, "tests/fixtures/site/content")),
  );
  await page.getByText("Articolo pubblicato di prova").waitFor();
  await shoot("2-notizie");

  await page.evaluate(() => {
    location.hash = "#/collections/news/new";
  });
  await field("title").locator("input").fill("Nasce la rete delle officine");
  await field("description").locator("input").fill("Dieci officine lombarde lavorano insieme.");
  await field("pubDate").locator("input").fill("2026-11-20T09:30");
  await field("image").getByRole("checkbox").click();
  await showSubfields(page, "image");
  await field("image.src")
    .locator("input[type=file]")
    .first()
    .setInputFiles(
      path.join(projectRoot, "tests/fixtures/site/content/news/2026/titolo-speciale/copertina.jpg"),
    );
  await field("image.alt").locator("input").fill("Officine viste dall'alto");
  await page.waitForTimeout(500);
  await shoot("3-nuova-notizia");
  await field("image.alt").scrollIntoViewIfNeeded();
  await shoot("4-immagine");
  console.log(`Schermate scritte in ${path.relative(projectRoot, shots)}/`);
} finally {
  await browser.close();
  await server.close();
}
