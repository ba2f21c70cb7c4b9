import { describe, expect, it } from "vitest";
import { isExternal } from "./external-links.ts";

describe("isExternal", () => {
  const site = "https://distretto.example";

  it("recognises links to other sites", () => {
    expect(isExternal("https://www.polimi.it/", site)).toBe(true);
    expect(isExternal("HTTP://esempio.example/x", site)).toBe(true);
  });

  it("leaves the site's own, relative, mail and fragment links alone", () => {
    for (const href of [
      "https://distretto.example/membri/",
      "/membri/",
      "../x/",
      "mailto:a@b.example",
      "#s",
    ]) {
      expect(isExternal(href, site), href).toBe(false);
    }
  });
});
