/**
 * How a navigation link relates to the current page: `page` when it is that page, `true` when
 * the page is inside its section, for `aria-current`.
 */
export function currentMarker(currentPath: string, href: string): "page" | "true" | undefined {
  if (currentPath === href) return "page";
  if (href !== "/" && currentPath.startsWith(href)) return "true";
  return undefined;
}
