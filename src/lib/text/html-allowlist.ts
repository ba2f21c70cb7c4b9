/**
 * The HTML an editor may write in a Markdown or MDX body: a short list of harmless tags and
 * attributes, everything else refused. Markdown already writes paragraphs, headings, lists,
 * links, images, quotes, code and tables; raw HTML is for the few things it cannot say, which
 * EDITING.md documents: a fold-out (`details`/`summary`), an abbreviation, superscript and
 * subscript, a line break, keys, a highlight, a figure with its caption, a table with merged
 * cells, an image with its size, a link with a title, an iframe of the site's own pages. No tag
 * that fetches, submits, embeds, styles or runs anything (`form`, `meta`, `link`, `object`,
 * `style`, `svg`…) and no attribute that does (`on…`, `style`, `srcset`, `formaction`…).
 */

/** Attributes every allowed tag may carry: an anchor to link to, a class, a tooltip, a language. */
const GLOBAL_ATTRIBUTES = ["id", "class", "title", "lang", "dir"] as const;

const CELL = ["colspan", "rowspan", "headers"];

/** Each allowed tag with the attributes it may carry besides the global ones. */
const ALLOWED: Record<string, readonly string[]> = {
  // Text.
  abbr: [],
  b: [],
  br: [],
  cite: [],
  code: [],
  del: ["cite", "datetime"],
  em: [],
  i: [],
  ins: ["cite", "datetime"],
  kbd: [],
  mark: [],
  q: ["cite"],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  time: ["datetime"],
  u: [],
  wbr: [],
  // Blocks. No h1: the page's title is its one h1.
  blockquote: ["cite"],
  dd: [],
  details: ["open"],
  div: [],
  dl: [],
  dt: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  li: ["value"],
  ol: ["start", "reversed", "type"],
  p: [],
  pre: [],
  summary: [],
  ul: [],
  // Tables.
  caption: [],
  col: ["span"],
  colgroup: ["span"],
  table: [],
  tbody: [],
  td: CELL,
  tfoot: [],
  th: [...CELL, "scope", "abbr"],
  thead: [],
  tr: [],
  // Links and media: their addresses are judged apart (schemes, the iframe's origin, alt).
  a: ["href", "hreflang"],
  img: ["src", "alt", "width", "height", "loading"],
  iframe: ["src", "width", "height", "loading", "allowfullscreen"],
};

/** The allowed tags, for messages. */
export const ALLOWED_TAGS: readonly string[] = Object.keys(ALLOWED).sort();

export const isAllowedTag = (tag: string) => Object.hasOwn(ALLOWED, tag);

/** The attributes a tag may carry, for messages and the check. */
export function allowedAttributes(tag: string): readonly string[] {
  return [...GLOBAL_ATTRIBUTES, ...(ALLOWED[tag] ?? [])];
}

/** Attributes whose value is an address: its scheme is judged. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(["href", "src", "cite"]);

/** The schemes a link or an image may use; an address without a scheme is on this site. */
export const ALLOWED_SCHEMES = ["https", "http", "mailto", "tel", "webcal"] as const;

/** Schemes that run code when followed: named as such in their own message. */
export const CODE_SCHEMES: ReadonlySet<string> = new Set(["javascript", "vbscript"]);

/**
 * An address's scheme as a browser reads it (lower case), or undefined for a relative one.
 * Browsers drop tabs and newlines anywhere in an address and spaces and control characters
 * around it, so `java\tscript:` and ` javascript:` are `javascript:` too; character references
 * are already decoded by the parsers.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- C0 controls are what browsers strip here
  const cleaned = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}
