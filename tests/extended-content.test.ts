/**
 * The real content with one of each thing an editor adds (tests/support/extended-content.ts):
 * the general built-site tests run on this site too; this file proves the additions are in it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../scripts/build/content-check/run.ts";
import { t } from "../src/i18n/it.ts";
import { toSlug } from "../src/lib/text/slugs.ts";
import { routes } from "../src/routes.ts";
import { extendedContent, extendedDist, projectRoot, realContent } from "./support/build-site";
import { readContent } from "./support/content";
import { readPage, resolveInDist } from "./support/dist";
import { extension } from "./support/extended-content";

const { member, article, districtPage, seatRole } = extension;
const texts = (url: string, selector: string) =>
  readPage(extendedDist, url)
    .document.querySelectorAll(selector)
    .map((element) => element.textContent.replace(/\s+/g, " ").trim());

describe("the real content extended with a new member, seat, article and district page", () => {
  it("keeps every real entry and passes the content check with no error", () => {
    const ids = (content: ReturnType<typeof readContent>) =>
      Object.values(content).flatMap((entries: { id: string }[]) => entries.map(({ id }) => id));
    expect(ids(readContent(extendedContent))).toEqual(
      expect.arrayContaining([...ids(readContent(realContent)), member.id, article.id]),
    );
    const { errors } = runCheck({
      projectRoot,
      contentRoot: extendedContent,
      shownRoot: "content",
      now: new Date(),
    });
    expect(errors).toEqual([]);
  });

  it("publishes the new member's page with its logo, and lists it by type, province and sector", () => {
    const page = readPage(extendedDist, routes.member(member.id)).document;
    expect(page.querySelector("h1")?.textContent.trim()).toBe(member.name);
    const logo = page.querySelector(`main img[alt="${t.logoOf(member.name)}"]`);
    const source = logo?.getAttribute("src") ?? "";
    expect(source).toMatch(/^\/_astro\//);
    expect(resolveInDist(extendedDist, source)).toBeTruthy();
    for (const list of [
      routes.members(),
      routes.memberFilter("tipo", "impresa"),
      routes.memberFilter("provincia", member.province),
      routes.memberFilter("settore", toSlug(member.sector)),
    ]) {
      expect(texts(list, "[data-member-list] h2"), list).toContain(member.name);
    }
  });

  it("shows its committee seat on the committee page and on the member's page", () => {
    const seat = readPage(extendedDist, routes.committee())
      .document.querySelectorAll("main ol > li")
      .find((item) => item.querySelector("h2")?.textContent.trim() === member.name);
    expect(seat?.textContent).toContain(seatRole);
    expect(seat?.querySelector(`img[alt="${t.logoOf(member.name)}"]`)).not.toBeNull();
    expect(texts(routes.member(member.id), "main dd")).toContain(seatRole);
  });

  it("publishes the article on the member's page and on each of its tags' pages and feeds", () => {
    expect(texts(routes.articleById(article.id), "h1")).toEqual([article.title]);
    expect(texts(routes.member(member.id), "#notizie-membro ~ div h3")).toContain(article.title);
    for (const tag of article.tags) {
      const slug = toSlug(tag);
      expect(texts(routes.tag(slug), "main article h2"), tag).toContain(article.title);
      const feed = readFileSync(path.join(extendedDist, routes.tagFeed(slug)), "utf8");
      expect(feed, tag).toContain(`${routes.articleById(article.id)}</link>`);
    }
  });

  it("publishes the district page and lists it in the district's navigation", () => {
    const address = routes.districtPage(districtPage.id);
    expect(texts(address, "h1")).toEqual([districtPage.title]);
    const district = readPage(extendedDist, routes.district()).document;
    expect(district.querySelector(`main a[href="${address}"]`)).not.toBeNull();
  });
});
