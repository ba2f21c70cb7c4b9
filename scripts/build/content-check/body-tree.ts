import type { Nodes, Root } from "mdast";
import { markdownToMdast, mdxToMdast, type TreeOptions } from "satteri";
import type { Entry } from "./context.ts";

/** The part of an entry a body is read from. */
export type BodySource = Pick<Entry, "body" | "bodyStartLine" | "extension">;

export interface BodyTree {
  /** The syntax tree of the body (CommonMark with GitHub's tables, and MDX in .mdx files). */
  root: Root;
  /** The MDX parser's reason when an .mdx body cannot be read; the tree is then empty. */
  unreadable?: { line: number; reason: string } | undefined;
  /** The file line of a line of the body. */
  fileLine: (bodyLine: number | undefined) => number;
}

/**
 * As the site's Markdown processor (@astrojs/markdown-satteri) reads a body: GitHub's
 * extensions on, frontmatter already taken off (a body's `---` is a rule, not a header).
 */
const OPTIONS: TreeOptions = { features: { gfm: true, frontmatter: false }, position: true };

/** Satteri's MDX errors read `line:column: reason (rule)`. */
const MDX_ERROR = /^(\d+):\d+: (.*?)(?: \([\w:-]+\))?$/s;

const trees = new WeakMap<BodySource, BodyTree>();

/**
 * An entry's body as a syntax tree, parsed once for every rule that reads it, by the parser the
 * site renders it with (satteri, a port of micromark): code blocks and inline code are code
 * nodes, never markup, and every node knows its line.
 */
export function bodyTree(entry: BodySource): BodyTree {
  const known = trees.get(entry);
  if (known) return known;
  const fileLine = (bodyLine: number | undefined) => entry.bodyStartLine + (bodyLine ?? 1) - 1;
  const parse = entry.extension === ".mdx" ? mdxToMdast : markdownToMdast;
  let tree: BodyTree;
  try {
    // Satteri's tree is mdast, typed by its own declarations.
    tree = { root: parse(entry.body, OPTIONS) as unknown as Root, fileLine };
  } catch (error) {
    // Only MDX can fail to parse: Markdown reads any text.
    const text = error instanceof Error ? error.message : String(error);
    const [, line, reason = text] = MDX_ERROR.exec(text) ?? [];
    const unreadable = { line: fileLine(line === undefined ? 1 : Number(line)), reason };
    tree = { root: { type: "root", children: [] }, unreadable, fileLine };
  }
  trees.set(entry, tree);
  return tree;
}

/**
 * Calls `enter` for every node of a tree, depth first in document order: the few rules that read
 * a body share one simple walk (unist-util-visit's generality costs seconds at 5,000 articles).
 */
export function walk(node: Nodes, enter: (node: Nodes) => void): void {
  enter(node);
  if ("children" in node) for (const child of node.children) walk(child, enter);
}
