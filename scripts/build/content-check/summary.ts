import { formatItalianDate } from "../../../src/lib/text/dates.ts";
import { plural } from "../../../src/i18n/plural.ts";
import { COLLECTION_NAMES, registry } from "../../../src/collections.ts";
import type { CheckContext } from "./context.ts";

export interface CollectionSummary {
  label: string;
  published: number;
  drafts: number;
  scheduled: { file: string; pubDate: Date }[];
  /** Files not counted above because they have errors. */
  invalid: number;
}

/** What a build of this content would publish, collection by collection. */
export function summarize(context: CheckContext): CollectionSummary[] {
  return COLLECTION_NAMES.map((name) => {
    const entries = context.entries.filter((entry) => entry.collection === name);
    return {
      label: registry[name].label,
      published: entries.filter((entry) => entry.status === "published").length,
      drafts: entries.filter((entry) => entry.status === "draft").length,
      scheduled: entries
        .filter((entry) => entry.status === "scheduled")
        // An English version is scheduled by its original's date.
        .map((entry) => ({
          file: entry.shownFile,
          pubDate: (entry.original ?? entry).data?.["pubDate"] as Date,
        }))
        .sort((a, b) => a.pubDate.getTime() - b.pubDate.getTime()),
      invalid: entries.filter((entry) => entry.status === undefined).length,
    };
  });
}

export function formatSummary(summaries: readonly CollectionSummary[]): string {
  const lines = ["Riepilogo:"];
  for (const summary of summaries) {
    const parts = [
      plural(summary.published, "pubblicato", "pubblicati"),
      plural(summary.drafts, "bozza", "bozze"),
      plural(summary.scheduled.length, "programmato", "programmati"),
    ];
    if (summary.invalid > 0) parts.push(plural(summary.invalid, "con errori", "con errori"));
    lines.push(`  ${summary.label}: ${parts.join(", ")}`);
    for (const { file, pubDate } of summary.scheduled) {
      lines.push(`    programmato per il ${formatItalianDate(pubDate)}: ${file}`);
    }
  }
  return lines.join("\n");
}
