import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sharedPage, siteInBrowser } from "./support/browser";
import { fixtureContent, fixtureDist } from "./support/build-site";
import { isEmailFile } from "./support/dist";
import { onePagePerKind } from "./support/page-kinds";

const site = siteInBrowser(fixtureDist);

/**
 * Where the main content's text runs into its neighbour across an element boundary: two visible
 * text nodes of the same line of text (no block, flex or grid box or line break between them), the
 * first ending with a letter, a digit or a closing bracket and the next starting with one or an
 * opening bracket, with no space on either side. Returns each join as "…end|start…".
 */
function gluedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector("main");
    if (!main) return ["no main element"];
    /** The box that lays out the node's line: the nearest ancestor that is not inline-level. */
    const lineBox = (node: Node) => {
      let element = node.parentElement;
      while (element && element !== main && getComputedStyle(element).display.startsWith("inline"))
        element = element.parentElement;
      return element;
    };
    // A <br> ends the line: the text after it is not the neighbour of the text before.
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    const joins: string[] = [];
    let before: Text | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof HTMLBRElement) before = undefined;
      if (!(node instanceof Text) || !node.data || !node.parentElement?.checkVisibility()) continue;
      if (
        before &&
        before.parentElement !== node.parentElement &&
        lineBox(before) === lineBox(node) &&
        /[\p{L}\p{N})»]$/u.test(before.data) &&
        /^[\p{L}\p{N}(«]/u.test(node.data)
      ) {
        joins.push(`${before.data.slice(-20)}|${node.data.slice(0, 20)}`);
      }
      before = node;
    }
    return joins;
  });
}

/** A newsletter's message is an e-mail, not a page: tests/newsletter-email.test.ts reads it. */
const pages = onePagePerKind(fixtureContent).filter(
  ([, address]) => !isEmailFile(address.slice(1)),
);

describe("the rendered text of one page of every template", () => {
  const browserTab = sharedPage(site);
  it.each(pages)(
    "the %s page (%s) keeps a space between words of neighbouring elements",
    async (_kind, address) => {
      const page = await browserTab.visit(address);
      expect(await gluedWords(page)).toEqual([]);
      const text = await page.locator("main").innerText();
      expect(text).not.toMatch(/[\p{L}\p{N}]https?:\/\//u);
    },
  );
});
