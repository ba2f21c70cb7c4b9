import type { Html } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "satteri";
import { Tokenizer, type Token } from "parse5";
import { bodyTree, walk, type BodySource } from "./body-tree.ts";

export interface WrittenAttribute {
  /** Lower case for HTML, as written for MDX. */
  name: string;
  /**
   * The value with character references decoded, as the browser reads it; `true` when the
   * attribute is written bare (`<details open>`); undefined when an MDX attribute is an
   * expression (`id={x}`) or a spread (`{...props}`, whose name is then `...`).
   */
  value: string | true | undefined;
}

/** A start tag in a body: raw HTML in Markdown, or an element or component in MDX. */
export interface WrittenTag {
  line: number;
  /** `img`, `details`; `MemberCard` for an MDX component. */
  name: string;
  attributes: WrittenAttribute[];
  /** Whether it is an MDX component (its name begins with a capital) rather than HTML. */
  component: boolean;
}

export interface WrittenHtml {
  tags: WrittenTag[];
  /** Lines where raw HTML ends inside a tag or a comment, which would swallow what follows. */
  unclosed: { line: number; what: "tag" | "comment" }[];
}

const cache = new WeakMap<BodySource, WrittenHtml>();

/** Every tag a body writes, read as a browser reads it, and the HTML left open. */
export function writtenHtml(entry: BodySource): WrittenHtml {
  const known = cache.get(entry);
  if (known) return known;
  const { root, fileLine } = bodyTree(entry);
  const written: WrittenHtml = { tags: [], unclosed: [] };
  walk(root, (node) => {
    if (node.type === "html") {
      readRawHtml(node, fileLine, written);
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      written.tags.push(jsxTag(node, fileLine));
    }
  });
  cache.set(entry, written);
  return written;
}

function jsxTag(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  fileLine: (line: number | undefined) => number,
): WrittenTag {
  // A fragment (`<>…</>`) has no name: it renders its children, which are visited.
  const name = node.name ?? "";
  return {
    line: fileLine(node.position?.start.line),
    name,
    component: /^[A-Z]/.test(name),
    attributes: node.attributes.map((attribute) =>
      attribute.type === "mdxJsxExpressionAttribute"
        ? { name: "...", value: undefined }
        : {
            name: attribute.name,
            value:
              attribute.value === null || attribute.value === undefined
                ? true
                : typeof attribute.value === "string"
                  ? attribute.value
                  : undefined,
          },
    ),
  };
}

/**
 * Written after each raw HTML node, as the page writes a tag after it: if the tokenizer does
 * not read it as a tag, the node left a tag, a comment or a declaration open, which would take
 * in the page that follows (a quote opened in one block and closed in the next paragraph).
 */
const SENTINEL = "x-fine-dell-html";

/**
 * A raw HTML node read by the HTML standard's own tokenizer (parse5's), tag by tag: what the
 * browser sees, whatever the spelling (`<img src=x/onerror=…>`, a tag over two lines,
 * `jav&#x61;script:`), and every start tag even where a browser's tree builder would move its
 * attributes elsewhere (`<body onload=…>` inside a page).
 */
function readRawHtml(
  node: Html,
  fileLine: (line: number | undefined) => number,
  written: WrittenHtml,
): void {
  const first = fileLine(node.position?.start.line);
  const lineOf = (location: Token.Location | null | undefined) =>
    first + (location?.startLine ?? 1) - 1;
  // Set by the tokenizer's callbacks.
  const end = { closed: false, inComment: false };
  const ignore = () => undefined;
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: (token) => {
        if (token.tagName === SENTINEL) {
          end.closed = true;
          return;
        }
        written.tags.push({
          line: lineOf(token.location),
          name: token.tagName,
          component: false,
          attributes: token.attrs.map(({ name, value }) => ({ name, value })),
        });
      },
      onComment: (token) => {
        if (token.data.includes(SENTINEL)) end.inComment = true;
      },
      onEndTag: ignore,
      onDoctype: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(`${node.value}<${SENTINEL}>`, true);
  // Named at the line where the HTML begins, where the editor wrote it.
  if (!end.closed) written.unclosed.push({ line: first, what: end.inComment ? "comment" : "tag" });
}
