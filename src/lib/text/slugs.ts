import slugify from "@sindresorhus/slugify";

/**
 * A tag's or a title's slug: lowercase ASCII, accents removed, every run of other characters one
 * hyphen ("Veicoli Elettrici", "veicoli-elettrici" → `veicoli-elettrici`).
 */
export function toSlug(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    // No decamelizing ("ComunImprese" stays one word), and "&" reads as the Italian "e".
    slug = slugify(text, { decamelize: false, customReplacements: [["&", " e "]] });
    slugs.set(text, slug);
  }
  return slug;
}

/**
 * Each text's slug, once: the same few dozen tags are slugged for every article they are on,
 * and slugify cost half a second of the content check and of the build at 5,000 articles.
 */
const slugs = new Map<string, string>();
