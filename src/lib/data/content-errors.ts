import {
  renderEditorMessage,
  type EditorMessage,
  type EditorMessageText,
} from "../../i18n/editor-messages.ts";
import { plural } from "../../i18n/plural.ts";

/** Where a mistake is: the file as the editor sees it, its line when known, and the field. */
export interface ProblemPlace {
  file: string;
  line?: number | undefined;
  field: string;
}

/** A mistake in an editor's file: where it is, its message by name, and the message's words. */
export type ContentProblem = ProblemPlace & EditorMessage & EditorMessageText;

export function contentProblem(place: ProblemPlace, message: EditorMessage): ContentProblem {
  return { ...place, ...message, ...renderEditorMessage(message) };
}

/** `file:line  field  problem  expected`, the one form every mistake is printed in. */
export function formatProblem({ file, line, field, problem, expected }: ContentProblem): string {
  return `${placeText(file, line)}  ${field}  ${problem}  ${expected}`;
}

/** `content/news/2026/x.mdx:12`: a file and line as text, as MDX components receive them. */
export function placeText(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** Stops the build with every problem listed, so an editor can fix them all in one pass. */
export class ContentIntegrityError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `Il contenuto ha ${plural(problems.length, "errore", "errori")}; nulla è stato pubblicato.\n` +
        problems.map(formatProblem).join("\n"),
    );
    this.name = "ContentIntegrityError";
    this.problems = problems;
  }
}

/**
 * The error an MDX component stops the build with: `source` is where the component is written
 * (`placeText`, added by src/markdown/component-source.ts), each field one of its attributes.
 */
export function componentError(
  source: string | undefined,
  problems: readonly { field: string; message: EditorMessage }[],
): ContentIntegrityError {
  const [, file = "(file MDX)", line] = /^(.+?)(?::(\d+))?$/.exec(source ?? "") ?? [];
  const place = { file, line: line === undefined ? undefined : Number(line) };
  return new ContentIntegrityError(
    problems.map(({ field, message }) => contentProblem({ ...place, field }, message)),
  );
}
