import { describe, expect, it } from "vitest";
import { site } from "../../site.ts";
import { pageTitle } from "./page-meta.ts";

describe("pageTitle", () => {
  it("adds the site's name after a page's title", () => {
    expect(pageTitle("Comitato", false)).toBe(`Comitato · ${site.name}`);
  });

  it("gives the home page the site's name and tagline", () => {
    expect(pageTitle(site.name, true)).toBe(`${site.name}: ${site.tagline}`);
  });
});
