import { describe, expect, it } from "vitest";
import { plural, pluralForm, pluralsFor } from "./plural";

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

  it("follows English's rules in English: the singular for 1 only, 0 in the plural", () => {
    const english = pluralsFor("en-GB");
    expect(english.plural(1, "member", "members")).toBe("1 member");
    expect(english.plural(0, "member", "members")).toBe("0 members");
    expect(english.plural(1_000_000, "member", "members")).toBe("1000000 members");
  });
});
