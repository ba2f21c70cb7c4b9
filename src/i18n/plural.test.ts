import { describe, expect, it } from "vitest";
import { plural, pluralForm } from "./plural";

describe("plural", () => {
  it("picks the singular for 1 only", () => {
    expect(plural(1, "elemento", "elementi")).toBe("1 elemento");
    expect(plural(0, "elemento", "elementi")).toBe("0 elementi");
    expect(plural(2, "elemento", "elementi")).toBe("2 elementi");
    expect(plural(1.5, "elemento", "elementi")).toBe("1.5 elementi");
  });

  it("writes round millions, which Intl calls «many», with the plural", () => {
    expect(pluralForm(1_000_000, "file", "files")).toBe("files");
  });

  it("writes the number with its digits only, as the texts always have", () => {
    expect(plural(1000, "articolo", "articoli")).toBe("1000 articoli");
  });
});
