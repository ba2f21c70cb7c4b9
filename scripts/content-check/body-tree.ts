import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";
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

const trees = new WeakMap<BodySource, BodyTree>();

/**
 * An entry's body as a syntax tree, parsed once for every rule that reads it: code blocks and
 * inline code are code nodes, never markup, and every node knows its line.
 */
export function bodyTree(entry: BodySource): BodyTree {
  const known = trees.get(entry);
  if (known) return known;
  const fileLine = (bodyLine: number | undefined) => entry.bodyStartLine + (bodyLine ?? 1) - 1;
  const mdx = entry.extension === ".mdx";
  let tree: BodyTree;
  try {
    const root = fromMarkdown(entry.body, {
      extensions: mdx ? [gfm(), mdxjs()] : [gfm()],
      mdastExtensions: mdx ? [gfmFromMarkdown(), mdxFromMarkdown()] : [gfmFromMarkdown()],
    });
    tree = { root, fileLine };
  } catch (error) {
    // Only MDX can fail to parse: Markdown reads any text.
    const { reason, line } = error as { reason?: string; line?: number };
    const unreadable = { line: fileLine(line), reason: reason ?? String(error) };
    tree = { root: { type: "root", children: [] }, unreadable, fileLine };
  }
  trees.set(entry, tree);
  return tree;
}
