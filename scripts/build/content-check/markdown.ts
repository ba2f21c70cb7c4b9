import GithubSlugger from "github-slugger";
import { toString } from "mdast-util-to-string";
import { bodyTree, walk, type BodySource } from "./body-tree.ts";
import { writtenHtml } from "./written-tags.ts";

/** The "field" of a finding in an entry's text rather than its frontmatter. */
export const TEXT_FIELD = "(testo)";

export interface BodyLink {
  line: number;
  /** As the browser reads it: character references and backslash escapes decoded. */
  url: string;
  /** Whether it is an image's address rather than a link's. */
  image: boolean;
  /** Written in Markdown, or as an HTML attribute (href, src). */
  source: "markdown" | "html";
}

/**
 * Every address a body links to or shows: Markdown links and images, reference definitions
 * (`[ref]: /address/`, once however often they are used), and the href and src of HTML tags.
 */
export function bodyLinks(entry: BodySource): BodyLink[] {
  const known = linkCache.get(entry);
  if (known) return known;
  const { root, fileLine } = bodyTree(entry);
  const links: BodyLink[] = [];
  const imageLabels = new Set<string>();
  walk(root, (node) => {
    if (node.type === "imageReference") imageLabels.add(node.identifier);
  });
  walk(root, (node) => {
    const line = fileLine(node.position?.start.line);
    const markdown = { line, source: "markdown" } as const;
    if (node.type === "link") links.push({ ...markdown, url: node.url, image: false });
    if (node.type === "image") links.push({ ...markdown, url: node.url, image: true });
    if (node.type === "definition") {
      links.push({ ...markdown, url: node.url, image: imageLabels.has(node.identifier) });
    }
  });
  for (const tag of writtenHtml(entry).tags) {
    if (tag.component) continue;
    for (const { name, value } of tag.attributes) {
      if ((name === "href" || name === "src") && typeof value === "string") {
        links.push({ line: tag.line, url: value, image: tag.name === "img", source: "html" });
      }
    }
  }
  links.sort((a, b) => a.line - b.line);
  linkCache.set(entry, links);
  return links;
}

const linkCache = new WeakMap<BodySource, BodyLink[]>();

export interface MarkdownImage {
  line: number;
  src: string;
  alt: string;
}

/** The images written in Markdown (`![alt](src)`, `![alt][ref]`), with their alt text. */
export function markdownImages(entry: BodySource): MarkdownImage[] {
  const { root, fileLine } = bodyTree(entry);
  const urls = new Map<string, string>();
  walk(root, (node) => {
    if (node.type === "definition") urls.set(node.identifier, node.url);
  });
  const images: MarkdownImage[] = [];
  walk(root, (node) => {
    const line = fileLine(node.position?.start.line);
    if (node.type === "image") images.push({ line, src: node.url, alt: node.alt ?? "" });
    if (node.type === "imageReference") {
      images.push({ line, src: urls.get(node.identifier) ?? "", alt: node.alt ?? "" });
    }
  });
  return images;
}

/** The ids of a body's headings, as Astro makes them (github-slugger), plus explicit ids. */
export function headingIds(entry: BodySource): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  walk(bodyTree(entry).root, (node) => {
    if (node.type !== "heading") return;
    // The heading's text as the reader sees it: markup and tags left out, alt text kept.
    ids.add(slugger.slug(toString(node, { includeHtml: false }).trim()));
  });
  for (const tag of writtenHtml(entry).tags) {
    for (const { name, value } of tag.attributes) {
      if (name === "id" && typeof value === "string") ids.add(value);
    }
  }
  return ids;
}
