import { describe, expect, it } from "vitest";
import { fixtureDist, realSiteDist } from "./support/build-site";
import { readPage, readPages } from "./support/dist";

const texts = (dist: string, url: string, selector: string) =>
  readPage(dist, url)
    .document.querySelectorAll(selector)
    .map((element) => element.textContent.replace(/\s+/g, " ").trim());
const cardNames = (url: string) => texts(fixtureDist, url, "[data-member-list] h2");

describe("the members' lists", () => {
  it("list exactly the members of a type, a province or a sector", () => {
    expect(cardNames("/membri/tipo/impresa/")).toEqual(["Officina Alfa Test"]);
    expect(cardNames("/membri/tipo/universita/")).toEqual(["Ateneo Beta Test"]);
    expect(cardNames("/membri/provincia/BS/")).toEqual(["Officina Alfa Test"]);
    expect(cardNames("/membri/provincia/MI/")).toEqual(["Ateneo Beta Test"]);
    expect(cardNames("/membri/settore/veicoli-elettrici/")).toEqual(["Officina Alfa Test"]);
  });

  it("build no page for a type or province without members", () => {
    const urls = readPages(fixtureDist).map((page) => page.url);
    expect(urls).not.toContain("/membri/tipo/associazione/");
    expect(urls).not.toContain("/membri/provincia/CR/");
  });

  it("count members by type and province as the content says", () => {
    const counts = texts(fixtureDist, "/membri/", 'nav[aria-label="Filtra i membri"] li');
    expect(counts).toEqual(
      expect.arrayContaining([
        "Impresa (1)",
        "Università (1)",
        "Consorzio di imprese (1)",
        "Associazione di categoria (0)",
        "Brescia (1)",
        "Milano (1)",
        "Cremona (0)",
        "componentistica (1)",
      ]),
    );
    expect(texts(fixtureDist, "/membri/", "main > p")[1]).toBe(
      "3 organizzazioni aderiscono al distretto.",
    );
  });

  it("mark the founders", () => {
    const card = readPage(fixtureDist, "/membri/").document.querySelector(
      '[data-member-list] li[data-tipo="impresa"]',
    );
    expect(card?.textContent).toContain("Socio fondatore");
  });
});

describe("the real content", () => {
  it("lists the four organisations the brief names, two of them founders", () => {
    expect(texts(realSiteDist, "/membri/", "[data-member-list] h2")).toEqual([
      "ComunImprese Scarl",
      "CSMT Gestione Scarl",
      "Parco Scientifico Tecnologico Kilometro Rosso",
      "Politecnico di Milano",
    ]);
    expect(
      texts(realSiteDist, "/membri/", "[data-member-list] li").filter((text) =>
        text.includes("Socio fondatore"),
      ),
    ).toHaveLength(2);
  });

  it("shows the committee of four in the brief's order", () => {
    expect(texts(realSiteDist, "/comitato/", "main h2")).toEqual([
      "Politecnico di Milano",
      "Parco Scientifico Tecnologico Kilometro Rosso",
      "ComunImprese Scarl",
      "CSMT Gestione Scarl",
    ]);
  });

  it("shows the territory's six provinces with the number of members in each", () => {
    const rows = texts(realSiteDist, "/distretto/territorio/", "main table tbody tr");
    expect(rows).toEqual(["Milano1", "Bergamo1", "Brescia1", "Cremona0", "Lecco0", "Mantova0"]);
    const mapLinks = readPage(realSiteDist, "/distretto/territorio/")
      .document.querySelectorAll("svg[data-province-map] a")
      .map((link) => link.getAttribute("href"));
    expect(mapLinks).toEqual([
      "/membri/provincia/MI/",
      "/membri/provincia/BG/",
      "/membri/provincia/BS/",
    ]);
  });

  it("renders no form while no endpoint is configured, and says how to follow the district", () => {
    for (const page of readPages(realSiteDist)) {
      expect(page.document.querySelector('form[method="post"]'), page.url).toBeNull();
    }
    const join = readPage(realSiteDist, "/aderisci/").document.querySelector("main")?.textContent;
    expect(join).toContain("I contatti della segreteria del distretto sono in via di definizione");
    const home = readPage(realSiteDist, "/").document;
    expect(home.querySelector("#aggiornamenti ~ p")?.textContent).toContain("feed RSS");
  });
});

describe("the district's pages", () => {
  it("offer a table of contents on long pages, and previous and next pages", () => {
    const page = readPage(fixtureDist, "/distretto/territorio/").document;
    expect(
      page
        .querySelectorAll('nav[aria-labelledby="in-questa-pagina"] a')
        .map((a) => a.getAttribute("href")),
    ).toEqual([
      "#le-province",
      "#le-imprese",
      "#in-lombardia-orientale",
      "#un-membro",
      "#una-figura",
    ]);
    const sequence = page
      .querySelectorAll('nav[aria-label="Pagina precedente e successiva del distretto"] a')
      .map((a) => [a.getAttribute("rel"), a.getAttribute("href")]);
    expect(sequence).toEqual([["prev", "/aderisci/"]]);
  });

  it("render the editors' components: lists, cards, figures and notes", () => {
    const page = readPage(fixtureDist, "/distretto/territorio/").document;
    const lists = page.querySelectorAll("main article ul:not(nav ul)");
    expect(lists.map((list) => list.textContent.trim())).toEqual(
      expect.arrayContaining(["Officina Alfa Test"]),
    );
    expect(page.querySelectorAll("main figure figcaption").at(-1)?.textContent).toBe(
      "Didascalia di prova sotto l'immagine",
    );
    expect(page.querySelector("main article [role=note]")?.textContent).toContain(
      "Una nota di prova.",
    );
    expect(page.querySelector('main a[href="/membri/ateneo-beta/"]')).not.toBeNull();
  });
});

describe("the home page's key figures", () => {
  it("are computed from the content: members, provinces, committee, by type and province", () => {
    const figures = texts(fixtureDist, "/", "#cifre ~ dl dd");
    expect(figures).toEqual(["3", "6", "2"]);
    expect(texts(fixtureDist, "/", "#cifre ~ div li")).toEqual([
      "Impresa: 1",
      "Università: 1",
      "Consorzio di imprese: 1",
      "Milano: 1",
      "Brescia: 1",
      "Officina Alfa Test, 1 marzo 2026",
    ]);
  });

  it("show no latest members while none has a joining date", () => {
    expect(texts(realSiteDist, "/", "#cifre ~ div h3")).not.toContain("Le ultime adesioni");
  });
});
