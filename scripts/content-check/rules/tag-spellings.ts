import { toSlug } from "../../../src/lib/slugs.ts";
import { editorMessage } from "../../../src/i18n/editor-messages.ts";
import type { Entry, Rule } from "../context.ts";

/** A tag is its slug: warn when one slug is written several ways. */
export const tagSpellings: Rule = (context, report) => {
  const bySlug = new Map<string, Map<string, Entry[]>>();
  for (const entry of context.entries) {
    const tags = entry.frontmatter?.data["tags"];
    if (!Array.isArray(tags)) continue;
    for (const tag of new Set(tags.filter((value): value is string => typeof value === "string"))) {
      const slug = toSlug(tag);
      if (!slug) continue;
      const spellings = bySlug.get(slug) ?? new Map<string, Entry[]>();
      bySlug.set(slug, spellings);
      spellings.set(tag, [...(spellings.get(tag) ?? []), entry]);
    }
  }
  for (const spellings of bySlug.values()) {
    if (spellings.size < 2) continue;
    const ranked = [...spellings].sort((a, b) => b[1].length - a[1].length);
    const [mostUsed = ""] = ranked[0] ?? [];
    const variants = ranked.map(([spelling, entries]) => ({
      spelling,
      files: entries.map((entry) => entry.shownFile),
    }));
    for (const [tag, entries] of ranked.slice(1)) {
      for (const entry of entries) {
        report.add(
          { file: entry.shownFile, line: entry.frontmatter?.lineOf(["tags"]), field: "tags" },
          editorMessage("TagSpelledDifferently", { tag, variants, mostUsed }),
        );
      }
    }
  }
};
