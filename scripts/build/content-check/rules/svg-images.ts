import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { editorMessage, type EditorMessage } from "../../../../src/i18n/editor-messages.ts";
import { CODE_SCHEMES, urlScheme } from "../../../../src/lib/text/html-allowlist.ts";
import type { Rule } from "../context.ts";

const FIELD = "(disegno SVG)";

/** Elements that run code or bring a document into the drawing (compared in lower case). */
const CODE_ELEMENTS = new Set(["script", "foreignobject", "iframe", "embed", "object", "handler"]);

/** A node of fast-xml-parser's ordered output: one element name with its children, and `:@`. */
type XmlNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const metadata = XMLParser.getMetaDataSymbol() as unknown as string;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  preserveOrder: true,
  captureMetaData: true,
  // Character references are decoded, as the browser decodes them: jav&#x61;script: is caught.
  processEntities: true,
  htmlEntities: true,
});

/** A name without its namespace prefix, in lower case: `xlink:href` → `href`. */
const localName = (name: string) => name.slice(name.indexOf(":") + 1).toLowerCase();

/** Whether a value (or one of an animation's `;`-separated values) is a javascript: address. */
const runsCode = (value: string) =>
  value.split(";").some((part) => CODE_SCHEMES.has(urlScheme(part.trim()) ?? ""));

/** What in a drawing could run code, with the offset it is written at. */
function codeIn(nodes: readonly XmlNode[]): { offset: number; message: EditorMessage }[] {
  const found: { offset: number; message: EditorMessage }[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ":@" && !key.startsWith("#"));
    if (name === undefined) continue;
    const offset = (node[metadata] as { startIndex?: number } | undefined)?.startIndex ?? 0;
    if (CODE_ELEMENTS.has(localName(name))) {
      found.push({ offset, message: editorMessage("SvgCode", { kind: "element", name }) });
      continue;
    }
    for (const [attribute, value] of Object.entries(node[":@"] ?? {})) {
      if (localName(attribute).startsWith("on")) {
        found.push({
          offset,
          message: editorMessage("SvgCode", { kind: "event", name: attribute }),
        });
      } else if (runsCode(value)) {
        const message = editorMessage("SvgCode", { kind: "javascript", name: attribute });
        found.push({ offset, message });
      }
    }
    found.push(...codeIn(node[name] as XmlNode[]));
  }
  return found;
}

/**
 * An SVG image in content (a member's logo, an article's picture) is published as it is, from
 * the site's own address: opened on its own, its scripts would run as the site's. Refused: any
 * script or document inside (`<script>`, `<foreignObject>`…), event attributes (`onload=`),
 * javascript: addresses (`href`, `xlink:href`, an animation's values), and entity declarations,
 * which could hide any of these. public/_headers also serves SVG with a sandboxing policy.
 */
export const svgImages: Rule = (context, report) => {
  for (const file of context.otherFiles) {
    if (!/\.svg$/i.test(file.file)) continue;
    const text = readFileSync(file.absolutePath, "utf8");
    const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
    const add = (line: number, message: EditorMessage) => {
      report.add({ file: file.shownFile, line, field: FIELD }, message);
    };
    try {
      SyntaxValidator.validate(text);
    } catch (error) {
      const { message, line } = error as { message: string; line?: number };
      add(line ?? 1, editorMessage("SvgNotReadable", { reason: message }));
      continue;
    }
    const entity = /<!ENTITY/i.exec(text);
    if (entity) add(lineAt(entity.index), editorMessage("SvgCode", { kind: "entity", name: "" }));
    for (const { offset, message } of codeIn(parser.parse(text) as XmlNode[])) {
      add(lineAt(offset), message);
    }
  }
};
