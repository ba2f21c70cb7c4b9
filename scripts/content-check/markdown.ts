import GithubSlugger from "github-slugger";
import type { Entry } from "./context.ts";

/** The "field" of a finding in an entry's text rather than its frontmatter. */
export const TEXT_FIELD = "(testo)";

export interface BodyLine {
  line: number;
  /** The line with code (fenced blocks, inline code) blanked out: code is text, not markup. */
  text: string;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** The body's lines with their file line numbers, code blanked out. */
export function bodyLines(entry: Pick<Entry, "body" | "bodyStartLine">): BodyLine[] {
  let fence: string | undefined;
  return entry.body.split("\n").map((text, index) => {
    const line = entry.bodyStartLine + index;
    const marker = FENCE.exec(text)?.[1];
    if (fence) {
      if (marker?.startsWith(fence.charAt(0)) && marker.length >= fence.length) fence = undefined;
      return { line, text: "" };
    }
    if (marker) {
      fence = marker;
      return { line, text: "" };
    }
    return { line, text: text.replace(/(`+)[^`]*?\1/g, (code) => " ".repeat(code.length)) };
  });
}

export interface BodyLink {
  line: number;
  url: string;
  /** Whether it is an image (`![alt](src)`), and its alt text. */
  image: boolean;
  alt: string;
}

const INLINE_LINK = /(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g;
const DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/;
const HTML_URL = /\b(href|src)\s*=\s*(["'])(.*?)\2/gi;

/** Every link and image of a body: Markdown links, reference definitions, HTML href and src. */
export function bodyLinks(lines: readonly BodyLine[]): BodyLink[] {
  const links: BodyLink[] = [];
  for (const { line, text } of lines) {
    for (const match of text.matchAll(INLINE_LINK)) {
      links.push({
        line,
        url: match[3] ?? "",
        image: match[1] === "!",
        alt: match[2] ?? "",
      });
    }
    const definition = DEFINITION.exec(text);
    if (definition) links.push({ line, url: definition[1] ?? "", image: false, alt: "" });
    for (const match of text.matchAll(HTML_URL)) {
      links.push({ line, url: match[3] ?? "", image: false, alt: "" });
    }
  }
  return links;
}

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const HTML_ID = /\bid\s*=\s*(["'])(.*?)\1/g;

/** The ids of a body's headings, as Astro makes them (github-slugger), plus explicit ids. */
export function headingIds(lines: readonly BodyLine[]): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  for (const { text } of lines) {
    const heading = HEADING.exec(text)?.[1];
    if (heading !== undefined) ids.add(slugger.slug(plainText(heading)));
    for (const match of text.matchAll(HTML_ID)) ids.add(match[2] ?? "");
  }
  return ids;
}

/** A heading's text as the reader sees it: links, emphasis and tags removed. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/[*_`~]/g, "")
    .trim();
}
