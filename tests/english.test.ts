import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { enRoutes, routes } from "../src/routes.ts";
import { fixtureDist } from "./support/build-site";
import { readPage, readPages, referencedUrls, resolveInDist, type BuiltPage } from "./support/dist";
import { siteRows } from "./support/sites";

const isEnglish = (url: string) => url === "/en" || url.startsWith("/en/");
const alternatesOf = (page: BuiltPage) =>
  page.document.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => ({
    hreflang: link.getAttribute("hreflang") ?? "",
    href: link.getAttribute("href") ?? "",
  }));
/** The header's language link: the one link marked with both lang and hreflang. */
const languageLinkOf = (page: BuiltPage) =>
  page.document.querySelector("header nav a[lang][hreflang]");
/** The built page behind an address, by its file. */
function pageAt(dist: string, pages: readonly BuiltPage[], pathname: string) {
  const file = resolveInDist(dist, pathname);
  return pages.find((page) => file === path.join(dist, page.file));
}

describe.each(siteRows())("in %s, the two languages", (_name, site) => {
  const pages = readPages(site.dist);

  it("give every page the <html lang> of where it lives: English under /en/, else Italian", () => {
    const wrong = pages
      .map((page) => ({
        url: page.url,
        lang: page.document.querySelector("html")?.getAttribute("lang"),
      }))
      .filter(({ url, lang }) => lang !== (isEnglish(url) ? "en" : "it"));
    expect(wrong).toEqual([]);
    expect(pages.filter((page) => isEnglish(page.url)).length).toBeGreaterThan(5);
  });

  it("pair pages reciprocally: each hreflang target exists and names the same three alternates", () => {
    const paired = pages.filter((page) => alternatesOf(page).length > 0);
    expect(paired.length).toBeGreaterThan(10);
    for (const page of paired) {
      const alternates = alternatesOf(page);
      expect(
        alternates.map((one) => one.hreflang),
        page.url,
      ).toEqual(["it", "en", "x-default"]);
      const [italian, english, fallback] = alternates.map((one) => new URL(one.href));
      expect(fallback?.href, page.url).toBe(italian?.href);
      for (const one of alternates) expect(one.href, page.url).toMatch(/^https?:\/\//);
      for (const target of [italian, english]) {
        const other = pageAt(site.dist, pages, target?.pathname ?? "");
        expect(other, `${page.url} → ${target?.pathname}`).toBeDefined();
        expect(alternatesOf(other as BuiltPage), `${target?.pathname} points back`).toEqual(
          alternates,
        );
      }
      expect(isEnglish(english?.pathname ?? "")).toBe(true);
      expect(isEnglish(italian?.pathname ?? "")).toBe(false);
    }
  });

  it("name no alternates on a page that has no counterpart", () => {
    for (const url of [
      "/en/404",
      "/404",
      routes.tags().slice(0, -1),
      routes.archive().slice(0, -1),
    ]) {
      const page = pages.find((candidate) => candidate.url === url || candidate.url === `${url}/`);
      if (page) expect(alternatesOf(page), url).toEqual([]);
    }
  });

  it("lead the header's language link of every page to a page in the other language", () => {
    for (const page of pages) {
      const link = languageLinkOf(page);
      expect(link, page.url).not.toBeNull();
      const language = link?.getAttribute("lang");
      expect(link?.getAttribute("hreflang")).toBe(language);
      expect(language, page.url).toBe(isEnglish(page.url) ? "it" : "en");
      const target = pageAt(site.dist, pages, link?.getAttribute("href") ?? "");
      expect(target, `${page.url} → ${link?.getAttribute("href")}`).toBeDefined();
      expect(target?.document.querySelector("html")?.getAttribute("lang")).toBe(language);
      expect(link?.textContent.trim()).toBe(language === "en" ? "English" : "Italiano");
    }
  });

  it("give every member an English page, marking the description Italian until translated", () => {
    const italianMembers = pages.filter((page) => /^\/membri\/[^/]+\/$/.test(page.url));
    for (const member of italianMembers) {
      const english = pageAt(
        site.dist,
        pages,
        member.url.replace(routes.members(), enRoutes.members()),
      );
      expect(english, member.url).toBeDefined();
    }
  });

  it("write the English feed with the English articles only, full text, in English", () => {
    const xml = readFileSync(path.join(site.dist, enRoutes.feed()), "utf8");
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" });
    const channel = parser.parse(xml).rss.channel;
    expect(channel.language).toBe("en");
    expect(new URL(channel.link).pathname).toBe(enRoutes.news());
    for (const item of channel.item ?? []) {
      expect(new URL(item.link).pathname.startsWith("/en/news/")).toBe(true);
      const content = parse(item["content:encoded"]);
      expect(content.textContent.trim()).not.toBe("");
      for (const url of referencedUrls(content)) expect(url).toMatch(/^(https?|mailto):/);
    }
  });
});

describe("the fixture's English versions", () => {
  const pages = readPages(fixtureDist);
  const english = pages.filter((page) => isEnglish(page.url));
  const italian = pages.filter((page) => !isEnglish(page.url));
  const englishFeed = readFileSync(path.join(fixtureDist, enRoutes.feed()), "utf8");
  const italianFeed = readFileSync(path.join(fixtureDist, routes.feed()), "utf8");
  const UNTRANSLATED = "Articolo della serie numero 01";
  const TRANSLATED = "Published test article in English";

  it("publish a translated article in both languages, each in its own", () => {
    const article = readPage(fixtureDist, "/en/news/2026/published-test-article/");
    expect(article.document.querySelector("h1")?.textContent).toBe(TRANSLATED);
    expect(article.html).toContain("zanzibarite");
    for (const list of ["/en/", "/en/news/"]) {
      expect(readPage(fixtureDist, list).html, list).toContain(TRANSLATED);
    }
    expect(englishFeed).toContain(TRANSLATED);
    expect(englishFeed).toContain("zanzibarite");
    expect(italianFeed).not.toContain(TRANSLATED);
    expect(italian.filter((page) => page.html.includes(TRANSLATED))).toEqual([]);
    expect(alternatesOf(article).map((one) => new URL(one.href).pathname)).toEqual([
      "/notizie/2026/articolo-pubblicato/",
      "/en/news/2026/published-test-article/",
      "/notizie/2026/articolo-pubblicato/",
    ]);
  });

  it("keep an untranslated article out of every English page and the English feed", () => {
    expect(
      english.filter((page) => page.html.includes(UNTRANSLATED)).map((page) => page.url),
    ).toEqual([]);
    expect(englishFeed).not.toContain(UNTRANSLATED);
    expect(alternatesOf(readPage(fixtureDist, "/notizie/2026/serie-01/"))).toEqual([]);
  });

  it("publish a translated event and working group in English, each naming the other in English", () => {
    const event = readPage(fixtureDist, enRoutes.event("members-test-assembly"));
    expect(event.document.querySelector("h1")?.textContent).toBe("Members' test assembly");
    expect(event.html).toContain("quarzolite");
    expect(event.document.querySelector("dd time")?.textContent).toBe(
      "Wednesday, 20 March 2999, 9:30–13:00",
    );
    const groupLink = event.document.querySelector(
      `dd a[href="${enRoutes.group("electrification-test")}"]`,
    );
    expect(groupLink?.textContent.trim()).toBe("Electrification (test)");
    expect(alternatesOf(event).map((one) => new URL(one.href).pathname)).toEqual([
      routes.event("assemblea-futura"),
      enRoutes.event("members-test-assembly"),
      routes.event("assemblea-futura"),
    ]);
    const jsonLd = JSON.parse(
      event.document.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}",
    );
    expect(jsonLd.inLanguage).toBe("en-GB");
    expect(jsonLd.organizer[0].url).toMatch(/\/en\/members\//);

    const group = readPage(fixtureDist, enRoutes.group("electrification-test"));
    expect(group.document.querySelector("h1")?.textContent).toBe("Electrification (test)");
    // Its meetings in English are the translated ones only: two more are in Italian alone.
    const eventLinks = group.document
      .querySelectorAll("main a")
      .map((link) => link.getAttribute("href") ?? "")
      .filter((href) => href.startsWith(enRoutes.events()) || href.startsWith(routes.events()));
    expect(eventLinks).toEqual([enRoutes.event("members-test-assembly")]);
    expect(group.html).toContain(enRoutes.join({ group: "elettrificazione" }));
    for (const page of italian) expect(page.html, page.url).not.toContain("Electrification (test)");
  });

  it("make no English page of an untranslated event or working group", () => {
    const englishUrls = english.map((page) => page.url);
    expect(englishUrls.filter((url) => url.startsWith(enRoutes.events()))).toEqual([
      enRoutes.events(),
      enRoutes.event("members-test-assembly"),
    ]);
    expect(englishUrls.filter((url) => url.startsWith(enRoutes.groups()))).toEqual([
      enRoutes.groups(),
      enRoutes.group("electrification-test"),
    ]);
    for (const title of ["Sessione online del gruppo filiera", "Mattina di prova dopo il cambio"]) {
      expect(english.filter((page) => page.html.includes(title)).map((page) => page.url)).toEqual(
        [],
      );
    }
    expect(alternatesOf(readPage(fixtureDist, routes.event("sessione-online")))).toEqual([]);
  });

  it("keep the translation of a draft unpublished, like its original", () => {
    expect(pages.filter((page) => page.html.includes("SECRET-DRAFT-ENGLISH"))).toEqual([]);
    expect(englishFeed).not.toContain("SECRET-DRAFT-ENGLISH");
  });

  it("show a member's Italian description marked lang=it, with a notice, until it is translated", () => {
    const untranslated = readPage(fixtureDist, "/en/members/ateneo-beta/");
    expect(untranslated.document.querySelector(".prose")?.getAttribute("lang")).toBe("it");
    expect(untranslated.html).toContain("has not been translated yet");
    const translated = readPage(fixtureDist, "/en/members/officina-alfa/");
    expect(translated.document.querySelector(".prose")?.getAttribute("lang")).toBeUndefined();
    expect(translated.html).toContain("described in English");
    expect(translated.html).toContain("Member of the networking committee (test)");
  });

  it("narrow the English members list by type, province and sector on English pages", () => {
    const list = readPage(fixtureDist, enRoutes.members());
    const filterLinks = list.document
      .querySelectorAll("main a")
      .map((link) => link.getAttribute("href") ?? "")
      .filter((href) => /^\/(en\/members|membri)\/[^/]+\/[^/]+\/$/.test(href));
    expect(filterLinks).toContain(enRoutes.memberFilter("provincia", "BS"));
    for (const href of filterLinks) {
      expect(href.startsWith(enRoutes.members()), href).toBe(true);
      expect(pageAt(fixtureDist, pages, href), href).toBeDefined();
    }
    const brescia = readPage(fixtureDist, enRoutes.memberFilter("provincia", "BS"));
    expect(brescia.document.querySelector("h1")?.textContent).toBe(
      "Members in the province of Brescia",
    );
  });

  it("carry each pair's alternates into the sitemap", () => {
    const sitemap = readFileSync(path.join(fixtureDist, "sitemap-0.xml"), "utf8");
    const entry = /<url><loc>[^<]*\/en\/district\/who-we-are\/<\/loc>(.*?)<\/url>/.exec(
      sitemap,
    )?.[1];
    expect(entry).toContain('hreflang="it"');
    expect(entry).toContain('hreflang="x-default"');
    expect(entry).toContain("/distretto/chi-siamo/");
  });

  it("serve the English not-found page under /en/, in English, with no alternates", () => {
    const notFound = readPage(fixtureDist, "/en/404");
    expect(notFound.document.querySelector("h1")?.textContent).toBe("Page not found");
    expect(alternatesOf(notFound)).toEqual([]);
  });
});
