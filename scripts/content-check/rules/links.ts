import { existsSync } from "node:fs";
import path from "node:path";
import { formatItalianDate } from "../../../src/lib/dates.ts";
import { registry } from "../../../src/collections.ts";
import type { CheckContext, Entry, Rule } from "../context.ts";
import { bodyLines, bodyLinks, headingIds, type BodyLink } from "../markdown.ts";
import { nearest } from "../names.ts";
import type { Reporter } from "../reporter.ts";
import { siteAddresses, type SiteAddress } from "../site-addresses.ts";
import { routes } from "../../../src/routes.ts";

const FIELD = "(testo)";
const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

interface LinkCheck {
  context: CheckContext;
  report: Reporter;
  addresses: Map<string, SiteAddress>;
  headings: (entry: Entry) => Set<string>;
  /** The addresses in the same folder as a pathname: where a typo's intended page is. */
  siblings: (pathname: string) => readonly string[];
}

const parentOf = (pathname: string) => pathname.replace(/[^/]+\/?$/, "");

/** Internal links and images in bodies: every one must lead to a page the site will have. */
export const links: Rule = (context, report) => {
  const addresses = siteAddresses(context);
  const cache = new Map<Entry, Set<string>>();
  const headings = (entry: Entry) => {
    const ids = cache.get(entry) ?? headingIds(bodyLines(entry));
    cache.set(entry, ids);
    return ids;
  };
  let byParent: Map<string, string[]> | undefined;
  // Guessing the intended address costs a few milliseconds: only for the first broken links.
  let guessesLeft = 50;
  const siblings = (pathname: string) => {
    if (guessesLeft-- <= 0) return [];
    byParent ??= Map.groupBy<string, string>(addresses.keys(), parentOf);
    return byParent.get(parentOf(pathname)) ?? [];
  };
  const check: LinkCheck = { context, report, addresses, headings, siblings };
  for (const entry of context.entries) {
    if (!entry.frontmatter) continue;
    for (const link of bodyLinks(bodyLines(entry))) checkLink(check, entry, link);
  }
};

function checkLink(check: LinkCheck, entry: Entry, link: BodyLink): void {
  const { url } = link;
  const error = (problem: string, expected: string) => {
    check.report.error({ file: entry.shownFile, line: link.line, field: FIELD, problem, expected });
  };
  if (link.image && !link.alt.trim()) {
    error(
      `l'immagine ${url} non ha il testo alternativo.`,
      "Scrivi tra le parentesi quadre che cosa mostra: ![Descrizione dell'immagine](./foto.jpg).",
    );
  }
  // Other sites, e-mail and phone links are not ours to check; javascript: is raw-html's.
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url) || url === "") return;
  const [target, anchor] = url.split("#", 2) as [string, string | undefined];
  const pathname = target.split("?")[0] ?? "";
  if (pathname === "") {
    if (anchor !== undefined) checkAnchor(check, entry, entry, anchor, error);
    return;
  }
  if (pathname.startsWith("/")) {
    checkSiteAddress(check, entry, pathname, anchor, error);
    return;
  }
  checkRelative(check, entry, link, pathname, error);
}

function checkSiteAddress(
  check: LinkCheck,
  entry: Entry,
  pathname: string,
  anchor: string | undefined,
  error: (problem: string, expected: string) => void,
): void {
  const decoded = safeDecode(pathname);
  if (
    !decoded.endsWith("/") &&
    !/\.[a-z0-9]+$/i.test(decoded) &&
    check.addresses.has(`${decoded}/`)
  ) {
    error(`all'indirizzo ${pathname} manca la barra finale.`, `Scrivi ${pathname}/.`);
    return;
  }
  const found = check.addresses.get(decoded);
  if (!found) {
    const guess = nearest(decoded, check.siblings(decoded));
    error(
      `il link punta a ${pathname}, una pagina che il sito non ha.`,
      guess
        ? `Forse intendevi ${guess}? Controlla l'indirizzo.`
        : `Controlla l'indirizzo: un articolo è ${routes.article({ year: "<anno>", slug: "<nome-del-file>" })}, un membro ${routes.member("<nome-del-file>")}.`,
    );
    return;
  }
  if (found.entry && found.status !== "published") {
    reportUnpublished(found.entry, pathname, error);
    return;
  }
  if (anchor !== undefined && found.entry) checkAnchor(check, entry, found.entry, anchor, error);
}

function reportUnpublished(
  target: Entry,
  pathname: string,
  error: (problem: string, expected: string) => void,
): void {
  const pubDate = target.data?.["pubDate"];
  const problem =
    target.status === "draft"
      ? `il link punta a ${pathname}, che è una bozza (${target.shownFile}) e non viene pubblicata.`
      : `il link punta a ${pathname}, un articolo programmato per il ${pubDate instanceof Date ? formatItalianDate(pubDate) : "futuro"}: fino ad allora la pagina non esiste.`;
  error(problem, "Togli il link, oppure pubblica prima la pagina a cui punta.");
}

function checkRelative(
  check: LinkCheck,
  entry: Entry,
  link: BodyLink,
  pathname: string,
  error: (problem: string, expected: string) => void,
): void {
  const absolute = path.resolve(path.dirname(entry.absolutePath), safeDecode(pathname));
  const target = check.context.entries.find((other) => other.absolutePath === absolute);
  if (target) {
    const address = registry[target.collection].address?.(target.id);
    error(
      `il link punta al file ${pathname}: nel sito i file non hanno questo indirizzo.`,
      address
        ? `Scrivi l'indirizzo della pagina: ${address}.`
        : "Scrivi l'indirizzo della pagina, che comincia con /.",
    );
    return;
  }
  if (!existsSync(absolute)) {
    error(
      `il file ${pathname} non esiste.`,
      link.image || IMAGE.test(pathname)
        ? "Metti l'immagine nella cartella della pagina e controlla il nome, maiuscole comprese."
        : "Controlla il nome del file, oppure scrivi l'indirizzo della pagina, che comincia con /.",
    );
    return;
  }
  if (!link.image && !IMAGE.test(pathname)) {
    error(
      `il documento ${pathname} accanto alla pagina non viene pubblicato.`,
      "Metti il documento in public/documenti/ e scrivi il link come /documenti/nome-del-file.pdf.",
    );
  }
}

function checkAnchor(
  check: LinkCheck,
  entry: Entry,
  target: Entry,
  anchor: string,
  error: (problem: string, expected: string) => void,
): void {
  if (check.headings(target).has(safeDecode(anchor))) return;
  const where = target === entry ? "in questa pagina" : `in ${target.shownFile}`;
  const known = [...check.headings(target)];
  error(
    `non c'è nessun titolo con l'ancora #${anchor} ${where}.`,
    known.length > 0
      ? `Usa una di queste ancore: ${known.map((id) => `#${id}`).join(", ")}.`
      : "Togli l'ancora, oppure aggiungi il titolo a cui deve portare.",
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
