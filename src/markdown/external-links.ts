import type { HastPluginDefinition } from "satteri";

/** Whether an address leads off the site: an absolute http(s) URL on another origin. */
export function isExternal(href: string, siteOrigin: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).origin !== siteOrigin;
  } catch {
    return false;
  }
}

/**
 * Markdown links to other sites get `rel="noopener noreferrer"`, so the site never hands a
 * reference to itself, or the reader's path through it, to the page it links to.
 */
export function externalLinks(siteUrl: string): HastPluginDefinition {
  const siteOrigin = new URL(siteUrl).origin;
  return {
    name: "external-links",
    element: {
      filter: ["a"],
      visit(node, context) {
        const href = node.properties.href;
        if (typeof href === "string" && isExternal(href, siteOrigin)) {
          context.setProperty(node, "rel", "noopener noreferrer");
        }
      },
    },
  };
}
