import { describe, expect, it } from "vitest";
import { toSlug } from "./slugs.ts";

describe("toSlug", () => {
  it("makes one slug of every spelling of a tag", () => {
    for (const spelling of [
      "Veicoli Elettrici",
      "veicoli elettrici",
      "veicoli-elettrici",
      " VEICOLI  elettrici! ",
    ]) {
      expect(toSlug(spelling)).toBe("veicoli-elettrici");
    }
  });

  it("removes accents and apostrophes", () => {
    expect(toSlug("Città")).toBe("citta");
    expect(toSlug("Nasce il distretto dell'auto")).toBe("nasce-il-distretto-dell-auto");
    expect(toSlug("Ricerca & innovazione")).toBe("ricerca-e-innovazione");
    expect(toSlug("ComunImprese")).toBe("comunimprese");
  });
});
