import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import { groupByTag } from "../../../../src/lib/news/tags.ts";
import type { Entry, Rule } from "../context.ts";

const tagsOf = (entry: Entry) => (entry.data?.["tags"] as readonly string[] | undefined) ?? [];

/**
 * A tag is its slug: warn when one slug is written several ways, and recommend the spelling the
 * site shows on the tag's page, which the site's own grouping picks among published articles.
 */
export const tagSpellings: Rule = (context, report) => {
  const tagged = context.entries.filter((entry) => tagsOf(entry).length > 0);
  const shownLabels = new Map(
    groupByTag(
      tagged.filter((entry) => entry.status === "published"),
      tagsOf,
    ).map((tag) => [tag.slug, tag.label]),
  );
  for (const group of groupByTag(tagged, tagsOf)) {
    if (group.spellings.size < 2) continue;
    const mostUsed = shownLabels.get(group.slug) ?? group.label;
    const variants = [...group.spellings]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([spelling, entries]) => ({ spelling, files: entries.map((entry) => entry.shownFile) }));
    for (const [tag, entries] of group.spellings) {
      if (tag === mostUsed) continue;
      for (const entry of entries) {
        report.add(
          { file: entry.shownFile, line: entry.frontmatter?.lineOf(["tags"]), field: "tags" },
          editorMessage("TagSpelledDifferently", { tag, variants, mostUsed }),
        );
      }
    }
  }
};
