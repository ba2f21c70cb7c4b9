import { describe, expect, it } from "vitest";
import { currentMarker } from "./navigation.ts";

describe("currentMarker", () => {
  it("marks the link to the page itself as the current page", () => {
    expect(currentMarker("/membri/", "/membri/")).toBe("page");
  });

  it("marks the section link on a page inside the section", () => {
    expect(currentMarker("/membri/csmt-gestione/", "/membri/")).toBe("true");
  });

  it("marks nothing elsewhere, and never the home link on inner pages", () => {
    expect(currentMarker("/notizie/", "/membri/")).toBeUndefined();
    expect(currentMarker("/notizie/", "/")).toBeUndefined();
  });
});
