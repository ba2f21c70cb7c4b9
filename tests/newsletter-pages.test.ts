import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { describe, expect, it } from "vitest";
import { routes } from "../src/routes";
import { fixtureDist, testEnvironment } from "./support/build-site";
import { readPage } from "./support/dist";

const absolute = (address: string) => new URL(address, testEnvironment.SITE_URL).href;

describe("the newsletter's archive on the fixture site", () => {
  it("lists the published issues newest first, each linking to its page", () => {
    const archive = readPage(fixtureDist, routes.newsletter());
    const links = archive.document
      .querySelectorAll("main h2 a")
      .map((link) => [link.getAttribute("href"), link.text]);
    expect(links).toEqual([
      [
        routes.newsletterIssue(2),
        "Notiziario di prova n. 2: i {{ numeri }} del distretto & <altro>",
      ],
      [routes.newsletterIssue(1), "Notiziario di prova n. 1"],
    ]);
    expect(
      archive.document.querySelector(`main a[href="${routes.newsletterFeed()}"]`),
    ).not.toBeNull();
  });

  it("is offered by the updates box, so a visitor sees what they would receive", () => {
    const home = readPage(fixtureDist, routes.home());
    const box = home.document.querySelector("section[aria-labelledby=aggiornamenti]");
    expect(box?.querySelector(`a[href="${routes.newsletter()}"]`)?.text).toBe(
      "Leggi i numeri già inviati del notiziario",
    );
  });

  it("publishes a draft or scheduled issue nowhere: no page, no message, not in the feed", () => {
    for (const number of [3, 4]) {
      for (const address of [routes.newsletterIssue(number), routes.newsletterEmail(number)]) {
        expect(existsSync(path.join(fixtureDist, address)), address).toBe(false);
      }
    }
    const feed = readFileSync(path.join(fixtureDist, routes.newsletterFeed()), "utf8");
    expect(feed).not.toContain("bozza");
    expect(feed).not.toContain("programmato");
  });

  it("shows an issue's introduction, its articles and its events, linked", () => {
    const issue = readPage(fixtureDist, routes.newsletterIssue(2));
    const main = issue.document.querySelector("main");
    expect(main?.querySelector("h1")?.text).toBe(
      "Notiziario di prova n. 2: i {{ numeri }} del distretto & <altro>",
    );
    expect(main?.text).toContain("{{ .Subscriber.Email }}");
    const items = main?.querySelectorAll("h3 a").map((link) => link.getAttribute("href"));
    expect(items).toEqual([
      routes.articleById("2026/titolo-speciale"),
      routes.articleById("2026/articolo-pubblicato"),
      routes.articleById("2026/componenti-mdx"),
      routes.event("assemblea-futura"),
      routes.event("sessione-online"),
    ]);
  });

  it("has a feed of its issues, newest first, that a feed reader accepts", () => {
    const xml = readFileSync(path.join(fixtureDist, routes.newsletterFeed()), "utf8");
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const parser = new XMLParser({ isArray: (name) => name === "item", parseTagValue: false });
    const items = parser.parse(xml).rss.channel.item as {
      link: string;
      "content:encoded": string;
    }[];
    expect(items.map((item) => item.link)).toEqual([
      absolute(routes.newsletterIssue(2)),
      absolute(routes.newsletterIssue(1)),
    ]);
    expect(items[0]?.["content:encoded"]).toContain(absolute(routes.event("sessione-online")));
  });
});
