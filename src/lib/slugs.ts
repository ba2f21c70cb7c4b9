import slugify from "@sindresorhus/slugify";

/**
 * A tag's or a title's slug: lowercase ASCII, accents removed, every run of other characters one
 * hyphen ("Veicoli Elettrici", "veicoli-elettrici" → `veicoli-elettrici`).
 */
export function toSlug(text: string): string {
  // No decamelizing ("ComunImprese" stays one word), and "&" reads as the Italian "e".
  return slugify(text, { decamelize: false, customReplacements: [["&", " e "]] });
}
