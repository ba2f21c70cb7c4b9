import { romeYear } from "../../../../src/lib/text/dates.ts";
import { NEWS_POSITION_FIELD, parseNewsId } from "../../../../src/lib/news/news-paths.ts";
import type { Rule } from "../context.ts";

/** An article lives in content/news/<year of its pubDate in Rome>/<name>.md. */
export const newsYear: Rule = (context, report) => {
  for (const entry of context.entries) {
    if (entry.collection !== "news" || !entry.data) continue;
    const pubDate = entry.data["pubDate"] as Date;
    // A badly written file name is the file-names rule's to report; here only the folder counts.
    const [folder, ...rest] = entry.id.split("/");
    if (folder === String(romeYear(pubDate)) && rest.length === 1) continue;
    const address = parseNewsId(entry.id, pubDate);
    if ("message" in address) {
      report.add(
        {
          file: entry.shownFile,
          line: entry.frontmatter?.lineOf(["pubDate"]),
          field: NEWS_POSITION_FIELD,
        },
        address.message,
      );
    }
  }
};
