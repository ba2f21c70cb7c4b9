import { describe, expect, it } from "vitest";
import { siteAddresses } from "../scripts/build/content-check/published-addresses";
import { runCheck } from "../scripts/build/content-check/run";
import { ARTICLE_CARD_FILE } from "../src/lib/social-cards/card-image";
import { fixtureContent, projectRoot } from "./support/build-site";
import { listFiles } from "./support/dist";
import { siteRows } from "./support/sites";

/**
 * What the build writes besides pages and feeds: scripts, styles, images, the search index, and
 * the browser editor's configuration and bundle beside its page.
 */
const BUILD_ASSET = new RegExp(
  `^(_astro/|pagefind/|admin/(?!index\\.html$)|sitemap-\\d+\\.xml$|.*/${ARTICLE_CARD_FILE.replace(".", "\\.")}$)`,
);

/** Every address `dist/` serves a page or a file at, as a link would write it. */
function servedAddresses(dist: string): string[] {
  return listFiles(dist)
    .filter((file) => !BUILD_ASSET.test(file))
    .map((file) => "/" + file.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}

/** The published addresses the content check accepts a link to, for a content folder. */
function acceptedAddresses(contentRoot: string): string[] {
  const { context } = runCheck({ projectRoot, contentRoot, shownRoot: "content", now: new Date() });
  return [...siteAddresses(context)]
    .filter(([, address]) => address.status === "published")
    .map(([address]) => address)
    .sort();
}

describe.each(siteRows())("the addresses the content check accepts for %s", (_name, site) => {
  it("are exactly what its build serves, both ways, whatever the content", () => {
    expect(acceptedAddresses(site.content)).toEqual(servedAddresses(site.dist));
  });
});

describe("the addresses the content check accepts", () => {
  it("include the numbered pages of a long tag and the section indexes", () => {
    const accepted = acceptedAddresses(fixtureContent);
    expect(accepted).toEqual(
      expect.arrayContaining(["/notizie/tag/lungo/2/", "/notizie/tag/", "/notizie/archivio/"]),
    );
    expect(accepted).not.toContain("/distretto/come-aderire/");
  });
});
