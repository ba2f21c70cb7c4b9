/**
 * The newsletter's message, as listmonk will send it: the fixture's issue 2, whose subject,
 * preheader and introduction carry `{{`, and whose articles carry & < > " and a hero image.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { doIUseEmail } from "@jsx-email/doiuse-email";
import { parse as parseHtml, type DefaultTreeAdapterTypes } from "parse5";
import { describe, expect, it } from "vitest";
import { routes } from "../src/routes";
import { axeViolations, openPage, servePublicSiteFrom, siteInBrowser } from "./support/browser";
import { fixtureDist, outputRoot, testEnvironment } from "./support/build-site";
import { resolveInDist } from "./support/dist";

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode;

const ISSUE = 2;
const html = readFileSync(path.join(fixtureDist, routes.newsletterEmail(ISSUE)), "utf8");
const text = readFileSync(path.join(fixtureDist, routes.newsletterText(ISSUE)), "utf8");
const LISTMONK_TAGS = ["{{ UnsubscribeURL }}", "{{ MessageURL }}"];
const ESCAPED = '{{ "{{" }}';

/** Every element of the document, parsed by parse5 as a browser would. */
function elements(): Element[] {
  const found: Element[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (!("tagName" in node)) continue;
      found.push(node);
      walk(node.childNodes);
    }
  };
  walk(parseHtml(html).childNodes);
  return found;
}
const attribute = (element: Element, name: string) =>
  element.attrs.find((attr) => attr.name === name)?.value;
const textOf = (element: Element): string =>
  element.childNodes
    .map((node) => ("value" in node ? node.value : "tagName" in node ? textOf(node) : ""))
    .join("");

/** What listmonk's template engine prints: each escaped `{{`, and its own tags left to it. */
const asListmonkPrints = (written: string) => written.replaceAll(ESCAPED, "{{");

describe("the newsletter's e-mail", () => {
  const all = elements();
  const byTag = (tag: string) => all.filter((element) => element.tagName === tag);

  it("is a whole document in Italian with the subject as its title", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(attribute(byTag("html")[0] as Element, "lang")).toBe("it");
    expect(asListmonkPrints(textOf(byTag("title")[0] as Element))).toBe(
      "Notiziario di prova n. 2: i {{ numeri }} del distretto & <altro>",
    );
  });

  it("holds no script, form, frame or external stylesheet, and describes every image", () => {
    for (const tag of ["script", "form", "iframe", "object", "embed", "link", "input"]) {
      expect(byTag(tag), tag).toEqual([]);
    }
    const images = byTag("img");
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(attribute(image, "alt")?.trim()).toBeTruthy();
  });

  it("inlines its CSS, keeping only the media queries for phones and dark mode in <style>", () => {
    const styles = byTag("style").map(textOf).join("\n");
    const outside = styles.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, "").trim();
    expect(outside).toBe("");
    expect(styles).toContain("prefers-color-scheme: dark");
    expect(attribute(byTag("body")[0] as Element, "style")).toContain("font-family");
  });

  it("lays out a 600 px column that Outlook reads from the table's width", () => {
    const column = all.find((element) => attribute(element, "class") === "column") as Element;
    expect(attribute(column, "width")).toBe("600");
    expect(attribute(column, "style")).toContain("max-width: 600px");
  });

  it("opens with the hidden preheader, which the text part leaves out", () => {
    const preheader = all.find((element) => attribute(element, "class") === "preheader");
    // After the text, invisible spaces keep mail clients from filling the preview with the body.
    expect(preheader && asListmonkPrints(textOf(preheader)).replace(/[\s\u200c]+$/, "")).toBe(
      "Tre articoli e due appuntamenti, con {{ parentesi }} da non eseguire.",
    );
    expect(attribute(preheader as Element, "style")).toContain("display: none");
    expect(text).not.toContain("Tre articoli e due appuntamenti");
  });

  it("links only to absolute addresses of pages and images the build wrote, or listmonk's tags", () => {
    const site = new URL(testEnvironment.SITE_URL);
    const addresses = [
      ...byTag("a").map((link) => attribute(link, "href") ?? ""),
      ...byTag("img").map((image) => attribute(image, "src") ?? ""),
    ];
    const own = addresses.filter((address) => !LISTMONK_TAGS.includes(address));
    expect(own.length).toBeGreaterThan(5);
    for (const address of own) {
      const url = new URL(address);
      expect(url.origin, address).toBe(site.origin);
      expect(resolveInDist(fixtureDist, url.pathname), address).toBeDefined();
    }
  });

  it("carries listmonk's unsubscribe and browser links, visible and in Italian", () => {
    const linkTo = (href: string) =>
      byTag("a")
        .filter((link) => attribute(link, "href") === href)
        .map(textOf);
    expect(linkTo("{{ UnsubscribeURL }}")).toEqual(["Annulla l’iscrizione"]);
    expect(linkTo("{{ MessageURL }}")).toEqual(["Leggi nel browser"]);
  });

  it("escapes every {{ the content wrote, so that listmonk prints it and runs only its own tags", () => {
    for (const written of [html, text]) {
      const left = LISTMONK_TAGS.reduce(
        (rest, tag) => rest.replaceAll(tag, ""),
        written,
      ).replaceAll(ESCAPED, "");
      expect(left).not.toContain("{{");
    }
    expect(asListmonkPrints(html)).toContain("{{ .Subscriber.Email }}");
  });

  it("weighs under the 102 KB beyond which Gmail cuts a message", () => {
    expect(Buffer.byteLength(html)).toBeLessThan(102 * 1024);
  });

  it("has a text part with every item's title and address, and the unsubscribe link", () => {
    for (const [title, address] of [
      ['Ricerca & sviluppo: <motori> "elettrici" e l\'auto', "/notizie/2026/titolo-speciale/"],
      ["Articolo pubblicato di prova", "/notizie/2026/articolo-pubblicato/"],
      ["Un articolo MDX con un riquadro", "/notizie/2026/componenti-mdx/"],
      ["Assemblea dei membri di prova", "/eventi/assemblea-futura/"],
      ["Sessione online del gruppo filiera", "/eventi/sessione-online/"],
    ] as const) {
      expect(text).toContain(title);
      expect(text).toContain(new URL(address, testEnvironment.SITE_URL).href);
    }
    expect(text).toContain("[{{ UnsubscribeURL }}]");
    expect(text).not.toMatch(/<\/?(html|body|table|tr|td|div|p|a|img|h\d)\b/);
  });

  /**
   * What caniemail.com says Gmail, Outlook and Apple Mail lack, and what the message does
   * without it. Anything else it reports fails the test.
   */
  const KNOWN_GAPS: Record<string, string> = {
    "`@media`":
      "the phone padding and the dark colours are refinements: the column is fluid (width 100%, max-width 600 px) and light without them",
    "`<body> element`":
      "the body's font and colours are repeated on the outer table, which those clients keep",
    "`display:none`":
      "the preheader is also 1 px high, without height and in the background's colour: at worst a thin line",
    "`opacity`": "as for display:none: the preheader's other hiding holds",
    "`overflow`": "as for display:none: the preheader's other hiding holds",
    "`role attribute`":
      "role=presentation only tells screen readers the tables are layout; they read the cells in order all the same",
  };

  it("uses only what Gmail, Outlook and Apple Mail support, or a named fallback (caniemail)", () => {
    const result = doIUseEmail(html, { emailClients: ["gmail.*", "outlook.*", "apple-mail.*"] });
    const errors = result.success ? [] : result.errors;
    const features = new Set(errors.map((error) => error.replace(/ is not supported by .*$/, "")));
    expect([...features].filter((feature) => !(feature in KNOWN_GAPS))).toEqual([]);
  });
});

describe("the newsletter's e-mail in Chromium", () => {
  const site = siteInBrowser(fixtureDist);

  it.each([
    [600, "light"],
    [600, "dark"],
    [375, "light"],
    [375, "dark"],
  ] as const)(
    "at %i px in the %s scheme has no axe violation and fits the width",
    async (width, colorScheme) => {
      const { page } = await openPage(site.browser, {
        viewport: { width, height: 900 },
        colorScheme,
      });
      // The message's addresses are the public site's: served here from the built one.
      await servePublicSiteFrom(page.context(), site.origin);
      await page.goto(`${site.origin}${routes.newsletterEmail(ISSUE)}`);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await page.screenshot({
        path: path.join(outputRoot, `newsletter-email-${width}-${colorScheme}.png`),
        fullPage: true,
      });
    },
  );
});
