import { describe, expect, it } from "vitest";
import { alternatesOf, languageLinkOf, linkInLanguage } from "./alternates.ts";

const site = new URL("https://distretto.example");
const counterparts = new Map([
  ["/membri/csmt/", "/en/members/csmt/"],
  ["/en/members/csmt/", "/membri/csmt/"],
]);

describe("a page's alternates", () => {
  it("name both versions and x-default, the Italian one, with absolute addresses", () => {
    const expected = [
      { hreflang: "it", href: "https://distretto.example/membri/csmt/" },
      { hreflang: "en", href: "https://distretto.example/en/members/csmt/" },
      { hreflang: "x-default", href: "https://distretto.example/membri/csmt/" },
    ];
    expect(alternatesOf("/membri/csmt/", counterparts, site)).toEqual(expected);
    expect(alternatesOf("/en/members/csmt/", counterparts, site)).toEqual(expected);
  });

  it("are none for a page without a counterpart", () => {
    expect(alternatesOf("/notizie/tag/auto/", counterparts, site)).toEqual([]);
  });
});

describe("the language link", () => {
  it("leads to the same page in the other language", () => {
    expect(languageLinkOf("/membri/csmt/", counterparts)).toEqual({
      href: "/en/members/csmt/",
      language: "en",
    });
    expect(languageLinkOf("/en/members/csmt/", counterparts)).toEqual({
      href: "/membri/csmt/",
      language: "it",
    });
  });

  it("leads to the other home page where there is no counterpart", () => {
    expect(languageLinkOf("/notizie/tag/auto/", counterparts)).toEqual({
      href: "/en/",
      language: "en",
    });
    expect(languageLinkOf("/en/404.html", counterparts)).toEqual({ href: "/", language: "it" });
  });
});

describe("a link to an Italian page", () => {
  it("leads an English reader to its English version, else to the Italian page marked as such", () => {
    expect(linkInLanguage("/membri/csmt/", "en", counterparts)).toEqual({
      href: "/en/members/csmt/",
    });
    expect(linkInLanguage("/gruppi/filiera/", "en", counterparts)).toEqual({
      href: "/gruppi/filiera/",
      hreflang: "it",
    });
    expect(linkInLanguage("/membri/csmt/", "it", counterparts)).toEqual({ href: "/membri/csmt/" });
  });
});
