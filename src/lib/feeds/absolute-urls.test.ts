import { describe, expect, it } from "vitest";
import { absolutizeHtml } from "./absolute-urls.ts";

const base = "https://distretto.example/notizie/2026/articolo/";

describe("absolutizeHtml", () => {
  it("makes root-relative and page-relative links absolute", () => {
    expect(absolutizeHtml('<a href="/membri/">m</a> <a href="../altro/">a</a>', base)).toBe(
      '<a href="https://distretto.example/membri/">m</a> <a href="https://distretto.example/notizie/2026/altro/">a</a>',
    );
  });

  it("rewrites image sources and every srcset candidate", () => {
    const html = absolutizeHtml(
      '<img src="/_astro/a.webp" srcset="/_astro/a-400.webp 400w, /_astro/a-800.webp 800w" alt="x">',
      base,
    );
    expect(html).toContain('src="https://distretto.example/_astro/a.webp"');
    expect(html).toContain(
      'srcset="https://distretto.example/_astro/a-400.webp 400w, https://distretto.example/_astro/a-800.webp 800w"',
    );
  });

  it("leaves absolute, mailto and fragment links pointing where they did", () => {
    const html = absolutizeHtml(
      '<a href="https://altro.example/x">e</a><a href="mailto:a@b.example">m</a><a href="#sezione">s</a>',
      base,
    );
    expect(html).toContain('href="https://altro.example/x"');
    expect(html).toContain('href="mailto:a@b.example"');
    expect(html).toContain(`href="${base}#sezione"`);
  });

  it("keeps text with special characters intact", () => {
    expect(absolutizeHtml("<p>Ricerca &amp; sviluppo: “città” &lt;auto&gt;</p>", base)).toBe(
      "<p>Ricerca &amp; sviluppo: “città” &lt;auto&gt;</p>",
    );
  });
});
