import { describe, expect, it } from "vitest";
import { t } from "../src/i18n/it";
import { routes } from "../src/routes";
import { openPage, siteInBrowser } from "./support/browser";
import { fixtureDist } from "./support/build-site";
import { searchIndex, type IndexedPage } from "./support/pagefind-api";

const site = siteInBrowser(fixtureDist);

/** What the fixture site's index holds for the page at `address`, found by searching `word`. */
async function indexed(word: string, address: string): Promise<IndexedPage> {
  const { page } = await openPage(site.browser);
  await page.goto(`${site.origin}${routes.notFound()}`);
  const pages = (await searchIndex(page, [word]))[word] ?? [];
  const found = pages.find((candidate) => candidate.url === address);
  if (!found)
    throw new Error(`${address} not found for «${word}»: ${pages.map((p) => p.url).join(", ")}`);
  return found;
}

/** Words of separate elements glued together: a lower-case letter followed by a capital. */
const GLUED = /\p{Ll}\p{Lu}/u;

describe("the search index holds each page's text as a reader reads it", () => {
  it("leaves an article's byline out of its text and excerpt", async () => {
    const article = await indexed(
      "articolo",
      routes.article({ year: "2026", slug: "articolo-pubblicato" }),
    );
    for (const text of [article.content, article.excerpt]) {
      expect(text).not.toContain(t.publishedOn);
      expect(text).not.toMatch(/min di lettura/);
    }
    // The title ends as a sentence, and the text follows it.
    expect(article.content).toMatch(/^Articolo pubblicato di prova\. Testo dell'articolo/);
  });

  it("separates a member's facts from one another", async () => {
    const member = await indexed("città", routes.member("consorzio-gamma"));
    expect(member.content).not.toMatch(GLUED);
    expect(member.content).toContain(`${t.type} Consorzio di imprese ${t.committeeRole}`);
  });

  it("separates a working group's status, coordinator and text", async () => {
    const group = await indexed("elettrificazione", routes.group("elettrificazione"));
    expect(group.content).not.toMatch(GLUED);
    expect(group.content).toContain(
      `${t.groupStatus} Attivo ${t.groupCoordinator} Officina Alfa Test`,
    );
    expect(group.excerpt.replace(/<\/?mark>/g, "")).not.toMatch(GLUED);
  });
});
