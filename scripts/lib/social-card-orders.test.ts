import { describe, expect, it } from "vitest";
import { cardOrderOf } from "./social-card-orders.ts";

const head = (image: string, extra = "") => `<!doctype html><html lang="it"><head>
<meta property="og:site_name" content="Distretto milanese dell&#39;auto">
<meta property="og:title" content="Motori &amp; batterie: l&#39;anno del distretto">
<meta property="og:image" content="${image}">
${extra}</head><body><main>…</main></body></html>`;
const published = '<meta property="article:published_time" content="2018-12-03T23:00:00.000Z">';

describe("the social card a built page asks for", () => {
  it("is drawn from the page's own title, date in Rome and site name", () => {
    const order = cardOrderOf(
      head("https://d.example/notizie/2018/motori/card.png", published),
      "/out",
    );
    expect(order).toEqual({
      target: "/out/notizie/2018/motori/card.png",
      card: {
        title: "Motori & batterie: l'anno del distretto",
        kicker: "Notizie · 4 dicembre 2018",
        siteName: "Distretto milanese dell'auto",
      },
    });
  });

  it("is none when the page shares another image", () => {
    expect(cardOrderOf(head("https://d.example/social-card.png", published), "/out")).toBe(
      undefined,
    );
    expect(cardOrderOf(head("https://d.example/_astro/foto.jpg", published), "/out")).toBe(
      undefined,
    );
  });

  it("stops the build when the page lacks what the card needs", () => {
    expect(() => cardOrderOf(head("https://d.example/notizie/2018/x/card.png"), "/out")).toThrow(
      /notizie\/2018\/x\/card\.png.*article:published_time/,
    );
  });
});
