/** A mistake in an editor's file: where it is, what is wrong and what to write instead. */
export interface ContentProblem {
  file: string;
  field: string;
  problem: string;
  expected: string;
}

export function formatProblem({ file, field, problem, expected }: ContentProblem): string {
  return `${file}  ${field}  ${problem}  ${expected}`;
}

/** Stops the build with every problem listed, so an editor can fix them all in one pass. */
export class ContentIntegrityError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `Il contenuto ha ${problems.length} ${problems.length === 1 ? "errore" : "errori"}; nulla è stato pubblicato.\n` +
        problems.map(formatProblem).join("\n"),
    );
    this.name = "ContentIntegrityError";
    this.problems = problems;
  }
}
