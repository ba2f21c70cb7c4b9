import { describe, expect, it } from "vitest";
import { newsArticleJsonLd, serializeJsonLd } from "./structured-data.ts";

const facts = {
  url: "https://d.example/notizie/2026/a/",
  headline: "Titolo",
  description: "Sintesi",
  published: new Date("2026-11-24T23:00:00Z"),
  author: "Redazione",
  authorIsNewsroom: true,
  imageUrl: "https://d.example/notizie/2026/a/card.png",
  publisherName: "Distretto",
  publisherUrl: "https://d.example/",
  publisherLogoUrl: "https://d.example/icon-512.png",
};

describe("newsArticleJsonLd", () => {
  it("describes the article with its dates, image and publisher", () => {
    const data = newsArticleJsonLd(facts);
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: "Titolo",
      datePublished: "2026-11-24T23:00:00.000Z",
      dateModified: "2026-11-24T23:00:00.000Z",
      image: ["https://d.example/notizie/2026/a/card.png"],
      author: { "@type": "Organization", name: "Redazione" },
      publisher: { "@type": "Organization", name: "Distretto" },
    });
  });

  it("names a person as the author when the byline is not the newsroom", () => {
    const data = newsArticleJsonLd({ ...facts, author: "Ufficio stampa", authorIsNewsroom: false });
    expect(data["author"]).toEqual({ "@type": "Person", name: "Ufficio stampa" });
  });

  it("serializes so that a title cannot close the script element", () => {
    const json = serializeJsonLd(newsArticleJsonLd({ ...facts, headline: "</script><b>" }));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).headline).toBe("</script><b>");
  });
});
