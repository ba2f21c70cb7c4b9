/**
 * What a reader's browser downloads to show one built page, counted from the files in the
 * output folder: the HTML, its stylesheets, its scripts (inline and external, with the modules
 * they import statically), the fonts its stylesheets use, and apart from those the images.
 * Sizes are raw and gzipped (level 6, what a static host sends). Used by the benchmark and by
 * the budget tests, so both count the same way.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** JavaScript written inside the HTML (counted in `js` and `html` alike). */
  inlineJs: Bytes;
  fonts: Bytes;
  /** Stylesheets: `<link rel="stylesheet">` files and `<style>` elements. */
  stylesheets: number;
  /** Requests for the page: the HTML, its stylesheets, scripts and fonts (not images). */
  requests: number;
  /** Images, favicon included; from a srcset, the candidate a phone picks. */
  images: { count: number; raw: number };
  /** The files counted, by kind, for reports. */
  files: { css: string[]; js: string[]; fonts: string[]; images: string[] };
}

const gzip = (data: Buffer | string): Bytes => {
  const buffer = typeof data === "string" ? Buffer.from(data) : data;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length };
};
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/** Script types a browser runs; JSON-LD and other data blocks are not JavaScript. */
const isExecutable = (type: string | undefined) =>
  !type || type === "module" || /^(text|application)\/(java|ecma)script$/.test(type);

/** The file a same-site address is served from. */
function fileFor(dist: string, from: string, url: string): string | undefined {
  if (/^([a-z]+:)?\/\//i.test(url) || url.startsWith("data:")) return undefined;
  const clean = url.split(/[?#]/)[0] ?? "";
  const absolute = clean.startsWith("/")
    ? path.join(dist, clean)
    : path.join(path.dirname(from), clean);
  return existsSync(absolute) && statSync(absolute).isFile() ? absolute : undefined;
}

/** Static imports of a module (`import x from "./a.js"`, `import "./b.js"`), not `import()`. */
function staticImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

/** Fonts a stylesheet's @font-face rules load for Latin text (others only load when needed). */
function fontUrls(css: string): string[] {
  const urls: string[] = [];
  for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
    if (range && !/U\+0+(-|,|\s|$)/i.test(range)) continue;
    const first = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(rule)?.[1];
    if (first) urls.push(first);
  }
  return urls;
}

/** Images a stylesheet refers to outside @font-face. */
function cssImageUrls(css: string): string[] {
  const withoutFonts = css.replace(/@font-face\s*\{[^}]*\}/g, "");
  return [...withoutFonts.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((match) => match[1] as string)
    .filter((url) => !url.startsWith("data:") && !url.startsWith("#"));
}

/**
 * The candidate of a srcset a phone picks: about 400 CSS pixels wide at twice the density, so
 * the narrowest image at least 800 pixels wide, or the widest there is.
 */
function pickCandidate(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined;
  const candidates = srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/))
    .map(([url = "", width = "0w"]) => ({ url, width: Number.parseFloat(width) }))
    .sort((a, b) => a.width - b.width);
  return (candidates.find((candidate) => candidate.width >= 800) ?? candidates.at(-1))?.url;
}

/** The weight of the page stored in `htmlFile` (a path inside `dist`). */
export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const htmlSource = readFileSync(htmlFile);
  const document = parse(htmlSource.toString("utf8"));
  const files = {
    css: [] as string[],
    js: [] as string[],
    fonts: [] as string[],
    images: [] as string[],
  };
  let css = ZERO;
  let js = ZERO;
  let inlineJs = ZERO;
  let fonts = ZERO;
  let stylesheets = 0;

  const addFont = (from: string, url: string) => {
    const file = fileFor(dist, from, url);
    if (file && !files.fonts.includes(file)) {
      files.fonts.push(file);
      fonts = add(fonts, gzip(readFileSync(file)));
    }
  };
  const addImage = (from: string, url: string) => {
    const file = fileFor(dist, from, url);
    if (file && !files.images.includes(file)) files.images.push(file);
  };
  const addStylesheet = (source: string, from: string) => {
    for (const url of fontUrls(source)) addFont(from, url);
    for (const url of cssImageUrls(source)) addImage(from, url);
  };

  for (const link of document.querySelectorAll("link[rel~=stylesheet]")) {
    stylesheets++;
    const file = fileFor(dist, htmlFile, link.getAttribute("href") ?? "");
    if (!file || files.css.includes(file)) continue;
    files.css.push(file);
    const source = readFileSync(file);
    css = add(css, gzip(source));
    addStylesheet(source.toString("utf8"), file);
  }
  for (const style of document.querySelectorAll("style")) {
    stylesheets++;
    css = add(css, gzip(style.textContent));
    addStylesheet(style.textContent, htmlFile);
  }
  for (const link of document.querySelectorAll("link[rel=preload][as=font]")) {
    addFont(htmlFile, link.getAttribute("href") ?? "");
  }

  const addScript = (file: string) => {
    if (files.js.includes(file)) return;
    files.js.push(file);
    const source = readFileSync(file);
    js = add(js, gzip(source));
    for (const url of staticImports(source.toString("utf8"))) {
      const imported = fileFor(dist, file, url);
      if (imported) addScript(imported);
    }
  };
  for (const script of document.querySelectorAll("script")) {
    if (!isExecutable(script.getAttribute("type"))) continue;
    const src = script.getAttribute("src");
    if (src) {
      const file = fileFor(dist, htmlFile, src);
      if (file) addScript(file);
      continue;
    }
    const bytes = gzip(script.textContent);
    inlineJs = add(inlineJs, bytes);
    js = add(js, bytes);
    for (const url of staticImports(script.textContent)) {
      const imported = fileFor(dist, htmlFile, url);
      if (imported) addScript(imported);
    }
  }
  for (const link of document.querySelectorAll("link[rel=modulepreload]")) {
    const file = fileFor(dist, htmlFile, link.getAttribute("href") ?? "");
    if (file) addScript(file);
  }

  for (const icon of document.querySelectorAll("link[rel~=icon]")) {
    addImage(htmlFile, icon.getAttribute("href") ?? "");
  }
  for (const image of document.querySelectorAll("img")) {
    // In a <picture>, Chromium takes the first source (AVIF); the <img> src is only a fallback.
    const parent = image.parentNode;
    const source = parent?.tagName === "PICTURE" ? parent.querySelector("source") : null;
    const url = pickCandidate(source?.getAttribute("srcset") ?? image.getAttribute("srcset"));
    addImage(htmlFile, url ?? image.getAttribute("src") ?? "");
  }

  return {
    html: gzip(htmlSource),
    css,
    js,
    inlineJs,
    fonts,
    stylesheets,
    requests: 1 + files.css.length + files.js.length + files.fonts.length,
    images: {
      count: files.images.length,
      raw: files.images.reduce((sum, file) => sum + statSync(file).size, 0),
    },
    files,
  };
}
