/**
 * The content check's errors in the preview (`npm run dev`), for the pages to show.
 *
 * The check runs in Astro's own process (scripts/build/preview-content-check.ts) and the pages in
 * Vite's module runner in that same process, each with its own copy of this module: what they
 * share is a global, under a name of its own.
 */
import { ContentIntegrityError, type ContentProblem } from "./content-errors.ts";

const SHARED = Symbol.for("distretto-auto.preview-content-errors");
const shared = globalThis as { [SHARED]?: readonly ContentProblem[] };

export function setPreviewContentErrors(errors: readonly ContentProblem[]): void {
  shared[SHARED] = errors;
}

/** The errors of the latest check; none outside the preview. */
export function previewContentErrors(): readonly ContentProblem[] {
  return shared[SHARED] ?? [];
}

/**
 * A page that cannot be rendered because of a file the check refuses (an article left out names
 * an author, an issue an article, that is missing) names that file rather than the consequence:
 * the check's errors, as the build would list them.
 */
export function withPreviewContentErrors(error: unknown): unknown {
  const errors = previewContentErrors();
  return error instanceof ContentIntegrityError && errors.length > 0
    ? new ContentIntegrityError(errors)
    : error;
}
