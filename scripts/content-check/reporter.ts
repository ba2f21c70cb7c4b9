import type { ContentProblem } from "../../src/lib/content-errors.ts";

export type Severity = "error" | "warning";

/** A problem with where it is: `file:line  field  problem  expected`. */
export interface Finding extends ContentProblem {
  severity: Severity;
  line: number;
}

export type FindingInput = Omit<Finding, "severity" | "line"> & { line?: number | undefined };

/** The one reporter every rule writes to. */
export interface Reporter {
  error(finding: FindingInput): void;
  warning(finding: FindingInput): void;
  /** Whether an error is already reported for this file, line and field. */
  hasError(file: string, line: number, field: string): boolean;
  readonly findings: readonly Finding[];
}

export function createReporter(): Reporter {
  const findings: Finding[] = [];
  const errorsAt = new Set<string>();
  const place = (file: string, line: number, field: string) => `${file}\0${line}\0${field}`;
  const add = (severity: Severity, { line, ...rest }: FindingInput) => {
    const finding: Finding = { severity, line: line ?? 1, ...rest };
    if (severity === "error") errorsAt.add(place(finding.file, finding.line, finding.field));
    findings.push(finding);
  };
  return {
    error: (finding) => {
      add("error", finding);
    },
    warning: (finding) => {
      add("warning", finding);
    },
    hasError: (file, line, field) => errorsAt.has(place(file, line, field)),
    findings,
  };
}

export function formatFinding({ file, line, field, problem, expected }: Finding): string {
  return `${file}:${line}  ${field}  ${problem}  ${expected}`;
}

/** Findings in file order, then line order, so an editor can work down the list. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}
