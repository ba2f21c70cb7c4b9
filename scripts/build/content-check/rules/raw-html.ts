import { editorMessage, type EditorMessage } from "../../../../src/i18n/editor-messages.ts";
import {
  ALLOWED_SCHEMES,
  CODE_SCHEMES,
  URL_ATTRIBUTES,
  allowedAttributes,
  isAllowedTag,
  urlScheme,
} from "../../../../src/lib/text/html-allowlist.ts";
import type { Rule } from "../context.ts";
import { bodyLinks, TEXT_FIELD } from "../markdown.ts";
import { writtenHtml, type WrittenTag } from "../written-tags.ts";

/** The site's own host, from SITE_URL as in astro.config.mjs. */
function siteHost(): string {
  try {
    return new URL(process.env["SITE_URL"] || "https://distretto-auto.example").host;
  } catch {
    return "distretto-auto.example";
  }
}

/** Whether an iframe's src stays on this site. */
function isOwnSite(src: string): boolean {
  if (src.startsWith("/") && !src.startsWith("//")) return true;
  try {
    return new URL(src).host === siteHost();
  } catch {
    return false;
  }
}

const allowedSchemes: ReadonlySet<string> = new Set(ALLOWED_SCHEMES);

/** What is wrong with an address's scheme, if anything. */
function schemeProblem(url: string): EditorMessage | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || allowedSchemes.has(scheme)) return undefined;
  return CODE_SCHEMES.has(scheme)
    ? editorMessage("JavascriptLink", { scheme })
    : editorMessage("LinkSchemeNotAllowed", { url, scheme });
}

/** What is wrong with one HTML tag, by the allow-list. */
function tagProblems(tag: WrittenTag): EditorMessage[] {
  if (tag.name === "script") return [editorMessage("ScriptTag")];
  // A refused tag goes with its attributes: naming them too would only repeat it.
  if (!isAllowedTag(tag.name)) return [editorMessage("HtmlTagNotAllowed", { tag: tag.name })];
  const allowed = allowedAttributes(tag.name);
  const problems: EditorMessage[] = [];
  for (const { name, value } of tag.attributes) {
    if (/^on/i.test(name)) {
      problems.push(editorMessage("EventHandler", { attribute: name }));
    } else if (!allowed.includes(name)) {
      // An MDX expression ({…}) in place of a value is the MDX rule's; a name is still ours.
      if (name === "...") continue;
      problems.push(
        editorMessage("HtmlAttributeNotAllowed", { tag: tag.name, attribute: name, allowed }),
      );
    } else if (URL_ATTRIBUTES.has(name) && typeof value === "string") {
      const problem = schemeProblem(value);
      if (problem) problems.push(problem);
    }
  }
  /** An attribute's text; empty when missing, or when MDX gives it an expression. */
  const text = (name: string) => {
    const value = tag.attributes.find((attribute) => attribute.name === name)?.value;
    return typeof value === "string" ? value : "";
  };
  const src = text("src");
  if (tag.name === "iframe" && !isOwnSite(src)) {
    problems.push(editorMessage("ForeignIframe", { src }));
  }
  if (tag.name === "img" && !text("alt").trim()) {
    problems.push(editorMessage("HtmlImageWithoutAlt", { src }));
  }
  return problems;
}

/**
 * No code in content, and only harmless HTML: the tags and attributes of the allow-list
 * (src/lib/text/html-allowlist.ts), iframes of the site's own pages, images with alt text, and
 * addresses of the allowed schemes, judged as a browser reads them.
 */
export const rawHtml: Rule = (context, report) => {
  for (const entry of context.entries) {
    const error = (line: number, message: EditorMessage) => {
      report.add({ file: entry.shownFile, line, field: TEXT_FIELD }, message);
    };
    const { tags, unclosed } = writtenHtml(entry);
    for (const { line, what } of unclosed) error(line, editorMessage("HtmlUnclosed", { what }));
    for (const tag of tags) {
      // MDX components are the MDX rules'; a fragment (<>…</>) only groups what it holds.
      if (tag.component || tag.name === "") continue;
      for (const problem of tagProblems(tag)) error(tag.line, problem);
    }
    for (const link of bodyLinks(entry)) {
      if (link.source !== "markdown") continue;
      const problem = schemeProblem(link.url);
      if (problem) error(link.line, problem);
    }
  }
};
