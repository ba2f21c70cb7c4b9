import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import type { Rule } from "../context.ts";

// An unquoted date-time without Z or an offset: YAML silently reads it as UTC.
const DATE_TIME_WITHOUT_OFFSET =
  /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:\s*(\d{4}-\d{2}-\d{2}(?:[Tt]|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:#.*)?$/;

const romeOffset = new Intl.DateTimeFormat("en", {
  timeZone: "Europe/Rome",
  timeZoneName: "longOffset",
});

/** The offset of Rome at that moment: +01:00 in winter, +02:00 in summer. */
function offsetInRome(value: string): string {
  const instant = new Date(`${value.replace(/\s+/, "T")}Z`);
  if (Number.isNaN(instant.getTime())) return "+01:00";
  const name = romeOffset.formatToParts(instant).find((part) => part.type === "timeZoneName");
  return name?.value.replace("GMT", "") || "+00:00";
}

/** A date-time must carry its offset: without one it would be read as UTC, an hour or two off. */
export const dateOffset: Rule = (context, report) => {
  for (const entry of context.entries) {
    for (const { line, text } of entry.frontmatter?.lines ?? []) {
      const match = DATE_TIME_WITHOUT_OFFSET.exec(text);
      if (!match) continue;
      const [, field = "", value = ""] = match;
      const suggestion = `${value.replace(/\s+/, "T")}${offsetInRome(value)}`;
      report.add(
        { file: entry.shownFile, line, field },
        editorMessage("DateTimeWithoutOffset", { value, suggestion }),
      );
    }
  }
};
