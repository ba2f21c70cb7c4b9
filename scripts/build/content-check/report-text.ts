import { formatProblem } from "../../../src/lib/data/content-errors.ts";
import { plural } from "../../../src/i18n/plural.ts";
import type { CheckResult } from "./run.ts";
import { formatSummary, summarize } from "./summary.ts";

/**
 * The content check's report as `npm run check:content`, the build and the preview print it:
 * the errors, the warnings, the notes, what the content holds and the count.
 */
export function formatCheckReport(
  { context, errors, warnings, notes }: CheckResult,
  seconds: number,
): string {
  const lines: string[] = [];
  if (errors.length > 0) {
    lines.push(
      `${plural(errors.length, "errore", "errori")} (file:riga  campo  problema  cosa fare):`,
    );
    lines.push(...errors.map(formatProblem), "");
  }
  if (warnings.length > 0) {
    lines.push(`${plural(warnings.length, "avviso", "avvisi")}:`);
    lines.push(...warnings.map(formatProblem), "");
  }
  if (notes.length > 0) {
    lines.push(`${plural(notes.length, "nota", "note")}:`);
    lines.push(...notes.map(formatProblem), "");
  }
  lines.push(formatSummary(summarize(context)));
  lines.push(
    `\nControllati ${plural(context.entries.length + context.otherFiles.length, "file", "file")} in ${seconds.toFixed(2)} s: ` +
      `${plural(errors.length, "errore", "errori")}, ${plural(warnings.length, "avviso", "avvisi")}.`,
  );
  if (errors.length > 0)
    lines.push("Correggi gli errori: finché ci sono, il sito non viene pubblicato.");
  return lines.join("\n");
}
