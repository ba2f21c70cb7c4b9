import { existsSync } from "node:fs";
import path from "node:path";
import { registry } from "../../../../src/collections.ts";
import { editorMessage, type EditorMessage } from "../../../../src/i18n/editor-messages.ts";
import type { CheckContext, Entry, Rule } from "../context.ts";
import { bodyLinks, headingIds, markdownImages, type BodyLink, TEXT_FIELD } from "../markdown.ts";
import { urlScheme } from "../../../../src/lib/text/html-allowlist.ts";
import { nearestAddress } from "../nearest-address.ts";
import type { Reporter } from "../reporter.ts";
import { siteAddresses, type SiteAddress } from "../published-addresses.ts";

const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

interface LinkCheck {
  context: CheckContext;
  report: Reporter;
  addresses: Map<string, SiteAddress>;
  headings: (entry: Entry) => Set<string>;
  /** The addresses in the same folder as a pathname: where a typo's intended page is. */
  siblings: (pathname: string) => readonly string[];
}

/** Reports a message at the link's line. */
type LinkError = (message: EditorMessage) => void;

const parentOf = (pathname: string) => pathname.replace(/[^/]+\/?$/, "");

/** Internal links and images in bodies: every one must lead to a page the site will have. */
export const links: Rule = (context, report) => {
  const addresses = siteAddresses(context);
  const cache = new Map<Entry, Set<string>>();
  const headings = (entry: Entry) => {
    const ids = cache.get(entry) ?? headingIds(entry);
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
    for (const link of bodyLinks(entry)) checkLink(check, entry, link);
    // HTML's <img> without alt is raw-html's: its message says how to write it in HTML.
    for (const { line, src, alt } of markdownImages(entry)) {
      if (alt.trim()) continue;
      report.add(
        { file: entry.shownFile, line, field: TEXT_FIELD },
        editorMessage("ImageWithoutAlt", { src }),
      );
    }
  }
};

function checkLink(check: LinkCheck, entry: Entry, link: BodyLink): void {
  const { url } = link;
  const error: LinkError = (message) => {
    check.report.add({ file: entry.shownFile, line: link.line, field: TEXT_FIELD }, message);
  };
  // Other sites, e-mail and phone links are not ours to check; schemes are raw-html's.
  if (urlScheme(url) || url.startsWith("//") || url === "") return;
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
  error: LinkError,
): void {
  const decoded = safeDecode(pathname);
  if (
    !decoded.endsWith("/") &&
    !/\.[a-z0-9]+$/i.test(decoded) &&
    check.addresses.has(`${decoded}/`)
  ) {
    error(editorMessage("LinkWithoutTrailingSlash", { address: pathname }));
    return;
  }
  const found = check.addresses.get(decoded);
  if (!found) {
    const guess = nearestAddress(decoded, check.siblings(decoded));
    error(editorMessage("LinkToMissingPage", { address: pathname, guess }));
    return;
  }
  if (found.entry && found.status !== "published") {
    reportUnpublished(found.entry, pathname, error);
    return;
  }
  if (anchor !== undefined && found.entry) checkAnchor(check, entry, found.entry, anchor, error);
}

function reportUnpublished(target: Entry, pathname: string, error: LinkError): void {
  const pubDate = target.data?.["pubDate"];
  error(
    target.status === "draft"
      ? editorMessage("LinkToDraft", { address: pathname, file: target.shownFile })
      : editorMessage("LinkToScheduled", {
          address: pathname,
          pubDate: pubDate instanceof Date ? pubDate : undefined,
        }),
  );
}

function checkRelative(
  check: LinkCheck,
  entry: Entry,
  link: BodyLink,
  pathname: string,
  error: LinkError,
): void {
  const absolute = path.resolve(path.dirname(entry.absolutePath), safeDecode(pathname));
  const target = check.context.entries.find((other) => other.absolutePath === absolute);
  if (target) {
    const address = registry[target.collection].address?.(target.id);
    error(editorMessage("LinkToSourceFile", { path: pathname, address }));
    return;
  }
  const image = link.image || IMAGE.test(pathname);
  if (!existsSync(absolute)) {
    error(
      image
        ? editorMessage("ImageNotFound", { src: pathname })
        : editorMessage("LinkedFileNotFound", { path: pathname }),
    );
    return;
  }
  if (!image) error(editorMessage("DocumentNextToPage", { path: pathname }));
}

function checkAnchor(
  check: LinkCheck,
  entry: Entry,
  target: Entry,
  anchor: string,
  error: LinkError,
): void {
  if (check.headings(target).has(safeDecode(anchor))) return;
  error(
    editorMessage("AnchorMissing", {
      anchor,
      file: target === entry ? undefined : target.shownFile,
      known: [...check.headings(target)],
    }),
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
