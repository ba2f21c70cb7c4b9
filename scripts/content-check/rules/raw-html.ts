import type { Rule } from "../context.ts";
import { bodyLines } from "../markdown.ts";

const FIELD = "(testo)";
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
      const error = (problem: string, expected: string) => {
        report.error({ file: entry.shownFile, line, field: FIELD, problem, expected });
      };
      if (SCRIPT.test(text)) {
        error(
          "c'è un tag <script>: nei contenuti il codice non è ammesso.",
          "Togli lo script; per un contenuto interattivo chiedi agli sviluppatori un componente.",
        );
      }
      const handler = EVENT_HANDLER.exec(text)?.[1];
      if (handler) {
        error(
          `c'è l'attributo ${handler}=, che esegue codice: nei contenuti non è ammesso.`,
          `Togli l'attributo ${handler}.`,
        );
      }
      for (const iframe of text.matchAll(IFRAME)) {
        const src = /\bsrc\s*=\s*(["']?)([^"'\s>]*)\1/i.exec(iframe[1] ?? "")?.[2] ?? "";
        if (!isOwnSite(src)) {
          error(
            `c'è un <iframe> che incorpora ${src || "una pagina"} da un altro sito.`,
            "Togli l'iframe e metti al suo posto un link alla pagina esterna.",
          );
        }
      }
      if (JAVASCRIPT_URL.test(text)) {
        error(
          "c'è un link javascript:, che esegue codice invece di aprire una pagina.",
          "Togli il link, oppure scrivi un indirizzo che comincia con https:// o con /.",
        );
      }
    }
  }
};
