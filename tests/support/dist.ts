import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { enRoutes, routes } from "../../src/routes.ts";

export interface BuiltPage {
  /** The address the page is served at, e.g. `/membri/`. */
  url: string;
  file: string;
  html: string;
  document: HTMLElement;
}

/** Every file under a folder, as paths relative to it. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(path.join(root, name)).isFile())
    .map((name) => name.split(path.sep).join("/"));
}

/**
 * The browser editor's folder: an application for editors, not a page of the site, with a
 * policy of its own; tests/cms-*.test.ts check it.
 */
export const isAdminFile = (file: string) => `/${file}`.startsWith(routes.admin());

/**
 * A newsletter issue's message (`/notiziario/<numero>/email.html`): an e-mail, held to mail
 * clients' rules, not a page's; tests/newsletter-email.test.ts checks it.
 */
export const isEmailFile = (file: string) =>
  `/${file}`.startsWith(routes.newsletter()) && file.endsWith("/email.html");

/**
 * Pages with no address of their own to share: the not-found page and the thank-you page of a
 * subscription carry no canonical URL, ask not to be indexed, and are not in the sitemap.
 */
export const UNINDEXED_PAGES: readonly string[] = [
  routes.notFound().replace(/\.html$/, ""),
  enRoutes.notFound().replace(/\.html$/, ""),
  routes.subscribed(),
];

/** The browser editor's own page, as a file of a built site. */
const ADMIN_PAGE = `${routes.admin().slice(1)}index.html`;

/**
 * Every HTML page of a built site, parsed; the browser editor and the e-mails are no pages.
 * `withAdmin` adds the browser editor's page, /admin/, for the checks that hold on any HTML the
 * build writes (html-validate's rules), not on the site's pages only.
 */
export function readPages(dist: string, { withAdmin = false } = {}): BuiltPage[] {
  return listFiles(dist)
    .filter(
      (file) =>
        file.endsWith(".html") &&
        (!isAdminFile(file) || (withAdmin && file === ADMIN_PAGE)) &&
        !isEmailFile(file),
    )
    .map((file) => builtPage(dist, file));
}

function builtPage(dist: string, file: string): BuiltPage {
  const html = readFileSync(path.join(dist, file), "utf8");
  const url = "/" + file.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "");
  return { url, file, html, document: parse(html) };
}

/** The page of readPages at `url`, read alone: parsing every page to find one cost seconds. */
export function readPage(dist: string, url: string): BuiltPage {
  const resolved = resolveInDist(dist, url);
  const file = resolved && path.relative(dist, resolved).split(path.sep).join("/");
  if (!file?.endsWith(".html") || isAdminFile(file) || isEmailFile(file)) {
    throw new Error(`No page at ${url} in ${dist}`);
  }
  return builtPage(dist, file);
}

/** The file a same-site address is served from, or undefined when there is none. */
export function resolveInDist(dist: string, pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith("/")
    ? [path.join(dist, clean, "index.html")]
    : [path.join(dist, clean), path.join(dist, `${clean}.html`)];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Every address a page points at: links, assets, images and their srcsets. */
export function referencedUrls(document: HTMLElement): string[] {
  const urls: string[] = [];
  for (const element of document.querySelectorAll("a[href], link[href]")) {
    urls.push(element.getAttribute("href") as string);
  }
  for (const element of document.querySelectorAll("img[src], script[src], source[src]")) {
    urls.push(element.getAttribute("src") as string);
  }
  for (const element of document.querySelectorAll("img[srcset], source[srcset]")) {
    const srcset = element.getAttribute("srcset") as string;
    urls.push(...srcset.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] as string));
  }
  return urls;
}
