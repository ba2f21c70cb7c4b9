import { toIsoDay, toRomeDateTime } from "../../../src/lib/dates.ts";
import { describeWhen } from "../../../src/lib/event-times.ts";
import { eventTime } from "../../../src/schemas/dates.ts";
import { endProblem } from "../../../src/schemas/events.ts";
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
    const problem = endProblem(start.data, end.data);
    if (!problem) continue;
    const where = {
      file: entry.shownFile,
      line: entry.frontmatter?.lineOf(["end"]),
      field: "end",
    };
    if (problem === "other-kind") {
      report.error({
        ...where,
        problem: start.data.allDay
          ? "start è solo una data (un evento di un giorno intero), end ha anche l'ora."
          : "start ha data e ora, end è solo una data.",
        expected: start.data.allDay
          ? `Scrivi end come solo data, per esempio ${toIsoDay(end.data.date)}, oppure aggiungi l'ora anche a start.`
          : `Scrivi end con data, ora e fuso, per esempio ${toIsoDay(end.data.date)}T18:00:00${toRomeDateTime(end.data.date).slice(-6)}.`,
      });
      continue;
    }
    report.error({
      ...where,
      problem: `la fine (${describeWhen({ start: end.data })}) è prima dell'inizio (start, ${describeWhen({ start: start.data })}).`,
      expected:
        "Scrivi in end un momento uguale o successivo a start, oppure togli end se l'evento dura un momento solo.",
    });
  }
};
