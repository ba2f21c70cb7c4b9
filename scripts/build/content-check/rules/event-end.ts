import { eventTime } from "../../../../src/schemas/dates.ts";
import { endMessage } from "../../../../src/schemas/events.ts";
import type { Rule } from "../context.ts";

const asTime = eventTime();

/** An event ends after it starts, and its end is written as its start is: day or date-time. */
export const eventEnd: Rule = (context, report) => {
  for (const entry of context.entries) {
    const data = entry.frontmatter?.data;
    if (entry.collection !== "events" || data?.["end"] === undefined) continue;
    const start = asTime.safeParse(data["start"]);
    const end = asTime.safeParse(data["end"]);
    if (!start.success || !end.success) continue;
    const message = endMessage(start.data, end.data);
    if (!message) continue;
    report.add(
      { file: entry.shownFile, line: entry.frontmatter?.lineOf(["end"]), field: "end" },
      message,
    );
  }
};
