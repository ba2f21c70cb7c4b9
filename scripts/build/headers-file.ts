import { readFileSync } from "node:fs";
import path from "node:path";

export interface HeaderRule {
  /** An address pattern; `*` stands for any run of characters, none included. */
  pattern: string;
  headers: [name: string, value: string][];
}

/** The rules of a built site's `_headers` file, as Cloudflare Pages and Netlify read it. */
export function readHeadersFile(dist: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(path.join(dist, "_headers"), "utf8").split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(":");
    rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

const matches = (pattern: string, pathname: string) =>
  new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  ).test(pathname);

/**
 * The headers an address gets: every matching rule's, a header named twice joined with a comma
 * as those hosts do (for Content-Security-Policy, two policies that both apply).
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}

/** What Cloudflare Pages sends for a file that no `_headers` rule gives a Cache-Control. */
const HOST_DEFAULT_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** The headers the static host sends for an address: its rules', and its default caching. */
export function hostHeadersFor(
  rules: readonly HeaderRule[],
  pathname: string,
): Map<string, string> {
  const headers = headersFor(rules, pathname);
  if (!headers.has("cache-control")) headers.set("cache-control", HOST_DEFAULT_CACHE_CONTROL);
  return headers;
}
