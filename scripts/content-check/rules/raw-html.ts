import { editorMessage, type EditorMessage } from "../../../src/i18n/editor-messages.ts";
import type { Rule } from "../context.ts";
import { bodyLines, TEXT_FIELD } from "../markdown.ts";

const SCRIPT = /<script\b/i;
const EVENT_HANDLER = /<[a-z][^>]*?\s(on[a-z]+)\s*=/i;
const IFRAME = /<iframe\b([^>]*)>?/gi;
const JAVASCRIPT_URL = /(\]\(\s*<?|=\s*["']?|<)\s*javascript\s*:/i;

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

/** No code in content: no scripts, event handlers, foreign iframes or javascript: links. */
export const rawHtml: Rule = (context, report) => {
  for (const entry of context.entries) {
    for (const { line, text } of bodyLines(entry)) {
      const error = (message: EditorMessage) => {
        report.add({ file: entry.shownFile, line, field: TEXT_FIELD }, message);
      };
      if (SCRIPT.test(text)) error(editorMessage("ScriptTag"));
      const attribute = EVENT_HANDLER.exec(text)?.[1];
      if (attribute) error(editorMessage("EventHandler", { attribute }));
      for (const iframe of text.matchAll(IFRAME)) {
        const src = /\bsrc\s*=\s*(["']?)([^"'\s>]*)\1/i.exec(iframe[1] ?? "")?.[2] ?? "";
        if (!isOwnSite(src)) error(editorMessage("ForeignIframe", { src }));
      }
      if (JAVASCRIPT_URL.test(text)) error(editorMessage("JavascriptLink"));
    }
  }
};
