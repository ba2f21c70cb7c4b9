import { describe, expect, it } from "vitest";
import { fieldName } from "./field-name.ts";

describe("fieldName", () => {
  it("joins nested fields with dots", () => {
    expect(fieldName(["image", "alt"])).toBe("image.alt");
    expect(fieldName(["location", "province"])).toBe("location.province");
  });

  it("names a list's item by its position counted from one", () => {
    expect(fieldName(["members", 0])).toBe("members (1°)");
    expect(fieldName(["articles", 2])).toBe("articles (3°)");
  });

  it("keeps the fields inside a list's item after its position", () => {
    expect(fieldName(["speakers", 1, "name"])).toBe("speakers (2°).name");
  });

  it("is empty for no path", () => {
    expect(fieldName([])).toBe("");
  });
});
