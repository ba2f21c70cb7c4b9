import { parse } from "node-html-parser";

const URL_ATTRIBUTES = ["href", "src", "poster"] as const;

/**
 * Rewrites every link and image address in an HTML fragment against `base`, so the fragment
 * works where relative addresses mean nothing: inside a feed reader.
 */
export function absolutizeHtml(html: string, base: URL | string): string {
  const root = parse(html, { comment: false });
  const absolute = (value: string) => {
    try {
      return new URL(value, base).href;
    } catch {
      return value;
    }
  };
  for (const attribute of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      element.setAttribute(attribute, absolute(element.getAttribute(attribute) as string));
    }
  }
  for (const element of root.querySelectorAll("[srcset]")) {
    const srcset = (element.getAttribute("srcset") as string)
      .split(",")
      .map((candidate) => {
        const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
        return [absolute(url), ...descriptor].join(" ");
      })
      .join(", ");
    element.setAttribute("srcset", srcset);
  }
  return root.toString();
}
