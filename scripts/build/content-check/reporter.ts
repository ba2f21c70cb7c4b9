import { editorMessageSeverity, type EditorMessage } from "../../../src/i18n/editor-messages.ts";
import {
  contentProblem,
  type ContentProblem,
  type ProblemPlace,
} from "../../../src/lib/data/content-errors.ts";

export type Severity = "error" | "warning" | "note";

/** A problem with where it is: `file:line  field  problem  expected`. */
export type Finding = ContentProblem & { severity: Severity; line: number };

/** The one reporter every rule writes to. */
export interface Reporter {
  /** Reports a message from the catalogue; whether it is an error or a warning is the message's. */
  add(place: ProblemPlace, message: EditorMessage): void;
  /** Whether an error is already reported for this file, line and field. */
  hasError(file: string, line: number, field: string): boolean;
  readonly findings: readonly Finding[];
}

export function createReporter(): Reporter {
  const findings: Finding[] = [];
  const errorsAt = new Set<string>();
  const key = (file: string, line: number, field: string) => `${file}\0${line}\0${field}`;
  return {
    add: (place, message) => {
      const severity = editorMessageSeverity(message.name);
      const line = place.line ?? 1;
      if (severity === "error") errorsAt.add(key(place.file, line, place.field));
      findings.push({ ...contentProblem({ ...place, line }, message), severity, line });
    },
    hasError: (file, line, field) => errorsAt.has(key(file, line, field)),
    findings,
  };
}

/** Findings in file order, then line order, so an editor can work down the list. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}
