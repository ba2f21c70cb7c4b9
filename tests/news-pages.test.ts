import { describe, expect, it } from "vitest";
import { fixtureDist } from "./support/build-site";
import { readPage, readPages } from "./support/dist";

const texts = (url: string, selector: string) =>
  readPage(fixtureDist, url)
    .document.querySelectorAll(selector)
    .map((element) => element.textContent.replace(/\s+/g, " ").trim());

const pager = (url: string) =>
  readPage(fixtureDist, url).document.querySelector('nav[aria-label="Altre pagine"]');

describe("pagination of news lists", () => {
  it("links the pages by number, marks the current one and offers the next", () => {
    const nav = pager("/notizie/");
    const current = nav?.querySelector('a[aria-current="page"]');
    expect(current?.getAttribute("href")).toBe("/notizie/");
    expect(current?.getAttribute("aria-label")).toBe("Pagina 1");
    expect(nav?.querySelector('a[aria-label="Pagina 2"]')?.getAttribute("href")).toBe(
      "/notizie/2/",
    );
    expect(nav?.querySelector('a[rel="next"]')?.getAttribute("href")).toBe("/notizie/2/");
    expect(nav?.querySelector('a[rel="prev"]')).toBeNull();
  });

  it("says which page a later page is, in its title and heading", () => {
    expect(texts("/notizie/2/", "h1")).toEqual(["Notizie, pagina 2 di 2"]);
    expect(texts("/notizie/2/", "title")[0]).toContain("Notizie, pagina 2 di 2");
    expect(pager("/notizie/2/")?.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe(
      "/notizie/",
    );
  });

  it("shows no pager for one article or exactly a page of them, and two pages for one more", () => {
    expect(texts("/notizie/tag/ricerca/", "main article h2")).toHaveLength(1);
    expect(pager("/notizie/tag/ricerca/")).toBeNull();
    expect(texts("/notizie/tag/serie/", "main article h2")).toHaveLength(12);
    expect(pager("/notizie/tag/serie/")).toBeNull();
    const urls = readPages(fixtureDist).map((page) => page.url);
    expect(urls).not.toContain("/notizie/tag/serie/2/");
    expect(texts("/notizie/tag/lungo/", "main article h2")).toHaveLength(12);
    expect(texts("/notizie/tag/lungo/2/", "main article h2")).toEqual([
      "Articolo della serie numero 01",
    ]);
  });
});

describe("tags and archive", () => {
  it("makes one page of a tag written with different case, accents or hyphens", () => {
    const urls = readPages(fixtureDist).map((page) => page.url);
    expect(urls.filter((url) => url.startsWith("/notizie/tag/citta"))).toEqual([
      "/notizie/tag/citta/",
    ]);
    expect(texts("/notizie/tag/veicoli-elettrici/", "h1")).toEqual([
      "Notizie su «Veicoli elettrici»",
    ]);
    expect(texts("/notizie/tag/veicoli-elettrici/", "main article h2")).toHaveLength(3);
  });

  it("offers the tag's feed besides the site's, in the head and on the page", () => {
    const page = readPage(fixtureDist, "/notizie/tag/veicoli-elettrici/").document;
    const feeds = page
      .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
      .map((link) => link.getAttribute("href"));
    expect(feeds).toEqual(["/rss.xml", "/notizie/tag/veicoli-elettrici/rss.xml"]);
    expect(
      page.querySelector('main a[href="/notizie/tag/veicoli-elettrici/rss.xml"]'),
    ).not.toBeNull();
    expect(page.querySelector('main a[href="/rss.xml"]')).not.toBeNull();
  });

  it("lists tags with their counts and years with theirs", () => {
    expect(texts("/notizie/tag/", "main li")).toContain("lungo (13 articoli)");
    expect(texts("/notizie/archivio/", "main li")).toEqual([
      "Notizie del 2026 (15 articoli)",
      "Notizie del 2025 (1 articolo)",
      "Notizie del 2019 (1 articolo)",
    ]);
    expect(texts("/notizie/archivio/2025/", "main article h2")).toEqual([
      "Articolo dell'anno prima",
    ]);
  });
});

describe("an article page", () => {
  const url = "/notizie/2026/articolo-pubblicato/";

  it("offers up to three related articles by shared members and tags, never itself", () => {
    expect(texts(url, "#leggi-anche ~ div h3")).toEqual([
      "Un articolo MDX con un riquadro",
      'Ricerca & sviluppo: <motori> "elettrici" e l\'auto',
      "Articolo della serie numero 12",
    ]);
  });

  it("links the next older article, and the newer one when there is one", () => {
    const links = (page: string) =>
      readPage(fixtureDist, page)
        .document.querySelectorAll('nav[aria-label="Altri articoli"] a')
        .map((link) => [link.getAttribute("rel"), link.getAttribute("href")]);
    expect(links(url)).toEqual([["prev", "/notizie/2026/componenti-mdx/"]]);
    expect(links("/notizie/2026/componenti-mdx/")).toEqual([
      ["prev", "/notizie/2026/titolo-speciale/"],
      ["next", "/notizie/2026/articolo-pubblicato/"],
    ]);
  });

  it("shows the reading time of a longer article", () => {
    expect(texts("/notizie/2026/serie-12/", "main header p")[0]).toContain("3 min di lettura");
  });

  it("serves the hero image in modern formats at several widths, with its size set", () => {
    const page = readPage(fixtureDist, "/notizie/2026/titolo-speciale/").document;
    const picture = page.querySelector("main header picture");
    const types = picture?.querySelectorAll("source").map((source) => source.getAttribute("type"));
    expect(types).toEqual(["image/webp"]);
    const srcset = picture?.querySelector("source")?.getAttribute("srcset") ?? "";
    expect(srcset.split(",").map((candidate) => candidate.trim().split(" ")[1])).toEqual([
      "400w",
      "800w",
      "1200w",
    ]);
    const image = picture?.querySelector("img");
    expect(image?.getAttribute("alt")).toBe("Un'immagine di prova a bande colorate");
    expect(image?.getAttribute("width")).toBeTruthy();
    expect(image?.getAttribute("height")).toBeTruthy();
  });

  it("shows the hero image as a thumbnail in lists", () => {
    const list = readPage(fixtureDist, "/notizie/").document;
    const thumbnail = list.querySelector('main article picture img[alt^="Un\'immagine di prova"]');
    expect(thumbnail?.getAttribute("width")).toBeTruthy();
  });
});
