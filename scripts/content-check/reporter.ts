import type { ContentProblem } from "../../src/lib/content-errors.ts";

export type Severity = "error" | "warning";

/** A problem with where it is: `file:line  field  problem  expected`. */
export interface Finding extends ContentProblem {
  severity: Severity;
  line: number;
}

export type FindingInput = Omit<Finding, "severity" | "line"> & { line?: number | undefined };

/** The one reporter every rule writes to; it keeps one finding per file, line and field. */
export interface Reporter {
  error(finding: FindingInput): void;
  warning(finding: FindingInput): void;
  readonly findings: readonly Finding[];
}

export function createReporter(): Reporter {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (severity: Severity, { line, ...rest }: FindingInput) => {
    const finding: Finding = { severity, line: line ?? 1, ...rest };
    // A rule that explains a mistake precisely runs before the schema's generic message.
    const key = `${severity}\0${finding.file}\0${finding.line}\0${finding.field}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };
  return {
    error: (finding) => add("error", finding),
    warning: (finding) => add("warning", finding),
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
