import type { Rule } from "../context.ts";

/** Readers must know where an event is: a place, a link to follow it online, or both. */
export const eventPlace: Rule = (context, report) => {
  for (const entry of context.entries) {
    const data = entry.frontmatter?.data;
    if (entry.collection !== "events" || !data) continue;
    if (data["location"] !== undefined || data["online"] !== undefined) continue;
    report.error({
      file: entry.shownFile,
      // Like any missing field, at the top of the file, where the schema would report it.
      field: "location",
      problem: "l'evento non dice dove si svolge: mancano sia location sia online.",
      expected:
        "Aggiungi location con name, address e city (il luogo), oppure online con il collegamento https://, oppure entrambi.",
    });
  }
};
