import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { starterPost } from "./starter.ts";

const split = (post: string) => {
  const [, frontmatter = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(post) ?? [];
  return { data: parse(frontmatter) as Record<string, unknown>, body };
};

describe("an article as a post of the blog starter", () => {
  it("keeps the fields the starter's schema knows, the hero image's file as its heroImage", () => {
    const post = starterPost(
      [
        "---",
        'title: "Un titolo: con due punti"',
        'description: "Una descrizione."',
        "pubDate: 2026-04-08",
        "updatedDate: 2026-05-01",
        'author: "Segreteria"',
        'tags: ["filiera"]',
        "image:",
        "  src: ./foto.jpg",
        '  alt: "Una foto"',
        "---",
        "Il testo.",
        "",
      ].join("\n"),
    );
    expect(split(post)).toEqual({
      data: {
        title: "Un titolo: con due punti",
        description: "Una descrizione.",
        pubDate: "2026-04-08",
        updatedDate: "2026-05-01",
        heroImage: "./foto.jpg",
      },
      body: "Il testo.\n",
    });
  });

  it("turns this site's <Callout> into an <aside>, which the starter's MDX compiles without it", () => {
    const post = starterPost(
      '---\ntitle: "T"\n---\nPrima.\n\n<Callout tipo="nota" titolo="Per gli aderenti">\nDentro.\n</Callout>\n',
    );
    expect(split(post).body).toBe("Prima.\n\n<aside>\nDentro.\n</aside>\n");
    expect(split(post).data).toEqual({ title: "T" });
  });
});
