import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDist } from "./support/build-site";
import { listFiles, readPage, readPages } from "./support/dist";

const texts = (page: ReturnType<typeof readPage>, selector: string) =>
  page.document.querySelectorAll(selector).map((element) => element.textContent.trim());

describe("the publishing rule on the fixture site", () => {
  it.each([
    "SEGRETO-BOZZA-NOTIZIA",
    "SEGRETO-FUTURO",
    "SEGRETO-BOZZA-DISTRETTO",
    "SEGRETO-BOZZA-EVENTO",
  ])("leaves %s out of every built file (pages, lists, sitemap)", (secret) => {
    const leaks = listFiles(fixtureDist).filter((file) =>
      readFileSync(path.join(fixtureDist, file)).toString("utf8").includes(secret),
    );
    expect(leaks).toEqual([]);
  });

  it("builds no page for a draft or a scheduled article", () => {
    const urls = readPages(fixtureDist).map((page) => page.url);
    expect(urls).toContain("/notizie/2026/articolo-pubblicato/");
    expect(urls).not.toContain("/notizie/2026/articolo-bozza/");
    expect(urls).not.toContain("/notizie/2999/articolo-programmato/");
    expect(urls).not.toContain("/distretto/bozza-distretto/");
    expect(urls).not.toContain("/eventi/bozza-evento/");
  });

  it("does not list a draft or scheduled article on the pages of the members it names", () => {
    const member = readPage(fixtureDist, "/membri/officina-alfa/");
    expect(texts(member, "#notizie-membro ~ div h3")).toEqual([
      "Articolo pubblicato di prova",
      "Un articolo MDX con un riquadro",
    ]);
  });
});

describe("the fixture site's pages", () => {
  it("lists news newest first, twelve a page, with dates in Italian", () => {
    const first = readPage(fixtureDist, "/notizie/");
    const second = readPage(fixtureDist, "/notizie/2/");
    expect(texts(first, "main article h2")).toHaveLength(12);
    expect(texts(first, "main article h2").slice(0, 3)).toEqual([
      "Articolo pubblicato di prova",
      "Un articolo MDX con un riquadro",
      'Ricerca & sviluppo: <motori> "elettrici" e l\'auto',
    ]);
    expect(texts(first, "main article time").slice(0, 2)).toEqual([
      "20 novembre 2026",
      "10 novembre 2026",
    ]);
    expect(texts(second, "main article h2")).toEqual([
      "Articolo della serie numero 03",
      "Articolo della serie numero 02",
      "Articolo della serie numero 01",
      "Articolo dell'anno prima",
      "Un articolo d'archivio",
    ]);
    expect(texts(second, "main article time").at(-1)).toBe("12 marzo 2019");
  });

  it("shows an article's dates, author, tags and members", () => {
    const article = readPage(fixtureDist, "/notizie/2025/articolo-vecchio/");
    const byline = article.document.querySelector("main header p")?.textContent ?? "";
    expect(byline.replace(/\s+/g, " ").trim()).toBe(
      "Pubblicato il 31 dicembre 2025 · Aggiornato il 2 gennaio 2026 · di Ufficio stampa di prova · 1 min di lettura",
    );
    const published = readPage(fixtureDist, "/notizie/2026/articolo-pubblicato/");
    expect(published.html).toContain("di Redazione");
    expect(texts(published, "main article footer li")).toEqual([
      "lungo",
      "ricerca",
      "Veicoli elettrici",
      "Officina Alfa Test",
      "Ateneo Beta Test",
    ]);
  });

  it("orders the committee by its order field, then the seats without one", () => {
    const committee = readPage(fixtureDist, "/comitato/");
    expect(texts(committee, "main h2")).toEqual([
      "Ateneo Beta Test",
      "Officina Alfa Test",
      "Consorzio Gamma Test",
    ]);
    expect(committee.html).toContain("Persona Fittizia, Delegata di prova");
  });

  it("lists members by name and shows every field of a member's page", () => {
    const members = readPage(fixtureDist, "/membri/");
    expect(texts(members, "[data-member-list] h2")).toEqual([
      "Ateneo Beta Test",
      "Consorzio Gamma Test",
      "Officina Alfa Test",
    ]);
    const member = readPage(fixtureDist, "/membri/officina-alfa/");
    const facts = texts(member, "main dd");
    expect(facts).toEqual([
      "Impresa",
      "Brescia",
      "Brescia",
      expect.stringContaining("officina-alfa.example"),
      "componentistica, Veicoli elettrici",
      "1 marzo 2026",
      "Componente",
    ]);
    const website = member.document.querySelector('a[href="https://officina-alfa.example"]');
    expect(website?.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("opens /aderisci/ with the district's joining text and its navigation", () => {
    const join = readPage(fixtureDist, "/aderisci/");
    expect(texts(join, "h1")).toEqual(["Come aderire (prova)"]);
    expect(join.html).toContain("Testo di prova sull’adesione.");
    expect(join.html).toContain('href="mailto:segreteria@distretto-test.example"');
    expect(join.document.querySelector('a[aria-current="page"][href="/aderisci/"]')).not.toBeNull();
  });

  it("shows the last update of a district page and orders its navigation", () => {
    const page = readPage(fixtureDist, "/distretto/chi-siamo/");
    expect(page.html).toContain("1 novembre 2026");
    expect(texts(page, "aside nav div li")).toEqual([
      "Chi siamo (prova)",
      "Come aderire (prova)",
      "Territorio (prova)",
    ]);
  });
});
