import { languageOfPath } from "../src/i18n/languages";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { hasOwnCard, ownCardsAfter } from "../src/lib/social-cards/own-social-card.ts";
import { isWholePng } from "../src/lib/social-cards/social-card-cache.ts";
import {
  ARTICLE_CARD_FILE,
  articleCard,
  articleCardAddress,
} from "../src/lib/social-cards/card-image.ts";
import { socialCardPng } from "../src/lib/social-cards/social-card.ts";
import { routes } from "../src/routes.ts";
import { site } from "../src/site.ts";
import { fixtureDist, testEnvironment } from "./support/build-site";
import { listFiles, readPage, readPages, resolveInDist, type BuiltPage } from "./support/dist";
import { siteRows } from "./support/sites";

const origin = testEnvironment.SITE_URL;
const meta = (page: BuiltPage, property: string) =>
  page.document.querySelector(`meta[property="${property}"]`)?.getAttribute("content");
// Italian articles and their English versions, each with a card in its own language.
const isArticle = (page: BuiltPage) => /^\/(notizie|en\/news)\/\d{4}\/[^/]+\/$/.test(page.url);
const ownCardOf = (page: BuiltPage) => articleCardAddress(page.url);
/** Where a page's og:image points, within the site. */
const imageOf = (page: BuiltPage) => new URL(meta(page, "og:image") ?? "", origin).pathname;
/** Whether a page shares an image of its own content (a hero image Astro processed). */
const sharesHeroImage = (page: BuiltPage) => imageOf(page).startsWith("/_astro/");

describe.each(siteRows())("the social cards of %s", (_name, { dist }) => {
  const articles = readPages(dist).filter(isArticle);
  /**
   * A loop below must not pass by running over nothing. The real content may hold no article
   * of a kind (nothing about it is asserted); the fixture holds every kind, so on the fixture
   * site each loop must have something to check.
   */
  const ranOver = <T>(list: T[]) => {
    if (dist === fixtureDist) expect(list.length).toBeGreaterThan(0);
    return list;
  };
  const published = (page: BuiltPage) => new Date(meta(page, "article:published_time") ?? "");
  const newest = new Date(Math.max(...articles.map((page) => published(page).getTime())));
  const after = ownCardsAfter(newest, site.ownSocialCardMonths);

  it("are drawn for exactly the articles whose pages announce one, and for no other", () => {
    const announced = ranOver(articles.filter((page) => imageOf(page) === ownCardOf(page)));
    const drawn = listFiles(dist)
      .filter((file) => path.posix.basename(file) === ARTICLE_CARD_FILE)
      .map((file) => `/${file}`);
    expect(drawn.sort()).toEqual(announced.map(ownCardOf).sort());
    expect(existsSync(path.join(dist, routes.socialCardOrders()))).toBe(false);
  });

  it("go to the articles of the months up to the newest one; older ones share the site's card", () => {
    for (const page of ranOver(articles)) {
      const hasImage = sharesHeroImage(page);
      const expected = hasOwnCard({ pubDate: published(page), hasImage }, after);
      if (expected) expect(imageOf(page), page.url).toBe(ownCardOf(page));
      else if (!hasImage) expect(imageOf(page), page.url).toBe(routes.socialCard());
    }
  });

  it("share an article's hero image, one the build holds, and draw no card for it", () => {
    for (const page of ranOver(articles.filter(sharesHeroImage))) {
      expect(resolveInDist(dist, imageOf(page)), page.url).toBeTruthy();
      expect(existsSync(path.join(dist, ownCardOf(page))), page.url).toBe(false);
    }
  });

  it("show each article's own title, date and the site's name, as a whole 1200×630 PNG", async () => {
    for (const page of ranOver(
      articles.filter((candidate) => imageOf(candidate) === ownCardOf(candidate)),
    )) {
      const png = readFileSync(path.join(dist, ownCardOf(page)));
      expect(isWholePng(png), page.url).toBe(true);
      expect(await sharp(png).metadata()).toMatchObject({
        format: "png",
        width: 1200,
        height: 630,
      });
      const card = articleCard(
        meta(page, "og:title") ?? "",
        published(page),
        meta(page, "og:site_name") ?? "",
        languageOfPath(page.url),
      );
      expect(png.equals(await socialCardPng(card)), page.url).toBe(true);
    }
  });
});

describe("the fixture site's social cards", () => {
  it("give a recent article without a hero image a card of its own", () => {
    const page = readPage(fixtureDist, "/notizie/2026/articolo-pubblicato/");
    expect(imageOf(page)).toBe("/notizie/2026/articolo-pubblicato/card.png");
    expect(meta(page, "og:image:alt")).toBe("Articolo pubblicato di prova");
  });

  it("give an article of years before the site's card, and draw none for it", () => {
    const page = readPage(fixtureDist, "/notizie/2019/articolo-d-archivio/");
    expect(imageOf(page)).toBe(routes.socialCard());
    expect(meta(page, "og:image:alt")).toBe(site.name);
    const jsonLd = JSON.parse(
      page.document.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}",
    ) as { image: string[] };
    expect(jsonLd.image[0]).toBe(`${origin}${routes.socialCard()}`);
    expect(existsSync(path.join(fixtureDist, "notizie/2019/articolo-d-archivio/card.png"))).toBe(
      false,
    );
  });

  it("give an article with a hero image that image, and draw no card for it", async () => {
    // tests/fixtures/site/content/news/2026/titolo-speciale.md has a hero image (a JPEG).
    const page = readPage(fixtureDist, "/notizie/2026/titolo-speciale/");
    expect(imageOf(page)).toMatch(/^\/_astro\/.+\.jpe?g$/);
    const image = resolveInDist(fixtureDist, imageOf(page));
    expect(image).toBeTruthy();
    expect((await sharp(image ?? "").metadata()).format).toBe("jpeg");
    expect(meta(page, "og:image:alt")).toBe("Un'immagine di prova a bande colorate");
    expect(existsSync(path.join(fixtureDist, "notizie/2026/titolo-speciale/card.png"))).toBe(false);
  });
});
