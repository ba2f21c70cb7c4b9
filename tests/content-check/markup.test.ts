import { readFileSync } from "node:fs";
import path from "node:path";
import { Tokenizer } from "parse5";
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { editorMessage } from "../../src/i18n/editor-messages.ts";
import { allowedAttributes, isAllowedTag } from "../../src/lib/text/html-allowlist.ts";
import { MDX_COMPONENT_NAMES } from "../../src/lib/text/mdx-attributes.ts";
import { fixture, fixtureFindings, projectRoot } from "./run-script.ts";

const name = "markup";
const findings = fixtureFindings(name);

/** The findings at a file, line and field, as messages with their parameters. */
const at = (file: string, line: number, field = "(testo)") =>
  findings
    .filter((found) => found.file === `${fixture(name)}/${file}` && found.line === line)
    .filter((found) => found.field === field)
    .map(({ name: messageName, params }) => ({ name: messageName, params }));

const inFile = (file: string) =>
  findings
    .filter((found) => found.file === `${fixture(name)}/${file}`)
    .map(({ line, field, name: messageName }) => ({ line, field, name: messageName }));

describe("raw HTML in Markdown, read as a browser reads it", () => {
  const file = "news/2026/html.md";

  it("finds an event handler however it is written: after a slash, inside a block, over two lines", () => {
    expect(at(file, 8)).toEqual([editorMessage("EventHandler", { attribute: "onerror" })]);
    expect(at(file, 11)).toEqual([editorMessage("EventHandler", { attribute: "onload" })]);
  });

  it("decodes character references before judging an address, in links, definitions and href", () => {
    const javascript = editorMessage("JavascriptLink", { scheme: "javascript" });
    expect(at(file, 14)).toEqual([javascript]);
    expect(at(file, 16)).toEqual([javascript]);
    expect(at(file, 22)).toEqual([javascript]);
    expect(at(file, 28)).toEqual([
      editorMessage("LinkSchemeNotAllowed", {
        url: "data:text/html;base64,PHNjcmlwdD4=",
        scheme: "data",
      }),
    ]);
  });

  it("refuses every tag and attribute outside the short list, naming them", () => {
    expect(at(file, 18)).toEqual([editorMessage("HtmlTagNotAllowed", { tag: "meta" })]);
    expect(at(file, 20)).toEqual([
      editorMessage("HtmlTagNotAllowed", { tag: "form" }),
      editorMessage("HtmlTagNotAllowed", { tag: "input" }),
    ]);
    expect(at(file, 24)).toEqual([
      editorMessage("HtmlAttributeNotAllowed", {
        tag: "p",
        attribute: "style",
        allowed: ["id", "class", "title", "lang", "dir"],
      }),
    ]);
    // A browser moves these attributes to the page's own <body>: the tag is refused anyway.
    expect(at(file, 30)).toEqual([editorMessage("HtmlTagNotAllowed", { tag: "body" })]);
  });

  it("refuses an <img> without alt, as a Markdown image without alt", () => {
    expect(at(file, 26)).toEqual([editorMessage("HtmlImageWithoutAlt", { src: "./foto.png" })]);
  });

  it("refuses HTML left open, which would take in the paragraph after it", () => {
    expect(at(file, 32)).toEqual([editorMessage("HtmlUnclosed", { what: "tag" })]);
    expect(at(file, 36)).toEqual([editorMessage("HtmlUnclosed", { what: "comment" })]);
  });

  it("reports those and nothing else", () => {
    expect(inFile(file).map(({ line }) => line)).toEqual([
      8, 11, 14, 16, 18, 20, 20, 22, 24, 26, 28, 30, 32, 36,
    ]);
  });
});

describe("MDX, which may hold no code", () => {
  const file = "news/2026/componenti.mdx";

  it("refuses {…} expressions in the text and in attributes, and spreads", () => {
    expect(at(file, 7)).toEqual([editorMessage("MdxExpression")]);
    expect(at(file, 9)).toEqual([editorMessage("MdxExpression")]);
    expect(at(file, 11, "<Callout tipo>")).toEqual([
      editorMessage("MdxAttributeNotText", {
        tag: "Callout",
        attribute: "tipo",
        kind: "expression",
      }),
    ]);
    expect(at(file, 13)).toEqual([
      editorMessage("MdxAttributeNotText", { tag: "Callout", attribute: "...", kind: "spread" }),
    ]);
    expect(at(file, 15, "<Callout tipo>")).toEqual([
      editorMessage("MdxAttributeNotText", { tag: "Callout", attribute: "tipo", kind: "empty" }),
    ]);
    expect(at(file, 25, "<a href>")).toEqual([
      editorMessage("MdxAttributeNotText", { tag: "a", attribute: "href", kind: "expression" }),
    ]);
  });

  it("allows only the documented components, with their documented attributes", () => {
    expect(at(file, 17)).toEqual([
      editorMessage("MdxComponentUnknown", { component: "Video", known: MDX_COMPONENT_NAMES }),
    ]);
    expect(at(file, 19, "<Callout colore>")).toEqual([
      editorMessage("MdxAttributeUnknown", {
        component: "Callout",
        attribute: "colore",
        known: ["tipo", "titolo"],
      }),
    ]);
    expect(at(file, 21, "<MemberCard id>")).toEqual([
      editorMessage("MdxAttributeMissing", { component: "MemberCard", attribute: "id" }),
    ]);
  });

  it("holds HTML elements in MDX to the same list, alt included", () => {
    expect(at(file, 23)).toEqual([editorMessage("HtmlImageWithoutAlt", { src: "./foto.png" })]);
    expect(at(file, 27)).toEqual([
      editorMessage("HtmlTagNotAllowed", { tag: "form" }),
      editorMessage("HtmlTagNotAllowed", { tag: "input" }),
    ]);
  });

  it("names an MDX file it cannot read at the line of the mistake", () => {
    expect(at("news/2026/illeggibile.mdx", 9)).toEqual([
      { name: "MdxNotReadable", params: { reason: expect.stringContaining("U+0021") } },
    ]);
  });

  it("reports those and nothing else", () => {
    expect(inFile(file).map(({ line }) => line)).toEqual([
      7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 27,
    ]);
  });
});

describe("SVG drawings in content, served from the site's own address", () => {
  const svg = (file: string, line: number) => at(`members/${file}`, line, "(disegno SVG)");

  it("refuses scripts, event attributes, foreignObject and javascript: links, entities decoded", () => {
    expect(svg("logo-script.svg", 1)).toEqual([
      editorMessage("SvgCode", { kind: "event", name: "onload" }),
    ]);
    expect(svg("logo-script.svg", 2)).toEqual([
      editorMessage("SvgCode", { kind: "element", name: "script" }),
    ]);
    expect(svg("logo-script.svg", 3)).toEqual([
      editorMessage("SvgCode", { kind: "javascript", name: "xlink:href" }),
    ]);
    expect(svg("logo-script.svg", 4)).toEqual([
      editorMessage("SvgCode", { kind: "element", name: "foreignObject" }),
    ]);
    // An animation that would set a link to javascript: when it runs.
    expect(svg("logo-script.svg", 5)).toEqual([
      editorMessage("SvgCode", { kind: "javascript", name: "to" }),
    ]);
  });

  it("refuses entity declarations, which could hide any of those, and a file that is not XML", () => {
    expect(svg("logo-entita.svg", 3)).toEqual([
      editorMessage("SvgCode", { kind: "entity", name: "" }),
    ]);
    expect(svg("logo-rotto.svg", 4)).toEqual([
      { name: "SvgNotReadable", params: { reason: expect.stringContaining("'g'") } },
    ]);
  });

  it("lets a plain drawing through: styles, gradients, links to pages, xlink:href to its parts", () => {
    expect(inFile("members/logo-alfa.svg")).toEqual([]);
    expect(inFile("members/officina-alfa.md")).toEqual([]);
  });
});

describe("what editors may write", () => {
  it("passes details, abbreviations, tables, figures, an own-site iframe and code that shows markup", () => {
    expect(inFile("news/2026/html-permesso.md")).toEqual([]);
  });

  it("passes documented components, HTML elements with text attributes, comments and escaped braces", () => {
    expect(inFile("news/2026/mdx-permesso.mdx")).toEqual([]);
  });

  it("renders, through the site's own Markdown processor, only tags and attributes of the list", () => {
    const source = readFileSync(
      path.join(projectRoot, fixture(name), "news/2026/html-permesso.md"),
      "utf8",
    ).replace(/^---[\s\S]*?---\n/, "");
    const { html } = markdownToHtml(source);
    const refused: string[] = [];
    const ignore = () => undefined;
    new Tokenizer(
      {},
      {
        onStartTag: ({ tagName, attrs }) => {
          if (!isAllowedTag(tagName)) refused.push(`<${tagName}>`);
          for (const { name: attribute } of attrs) {
            if (!allowedAttributes(tagName).includes(attribute)) {
              refused.push(`<${tagName} ${attribute}>`);
            }
          }
        },
        onEndTag: ignore,
        onComment: ignore,
        onDoctype: ignore,
        onEof: ignore,
        onCharacter: ignore,
        onNullCharacter: ignore,
        onWhitespaceCharacter: ignore,
      },
    ).write(html, true);
    // The code blocks' <script> and <form> arrive as text.
    expect(html).toContain("&lt;script&gt;");
    expect(refused).toEqual([]);
  });
});
