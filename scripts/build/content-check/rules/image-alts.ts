import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import { altTextProblem } from "../../../../src/lib/text/alt-text.ts";
import type { Entry, Rule } from "../context.ts";
import { fieldName } from "../field-name.ts";
import { markdownImages, TEXT_FIELD } from "../markdown.ts";
import type { ProblemPlace } from "../../../../src/lib/data/content-errors.ts";
import { writtenHtml } from "../written-tags.ts";

interface WrittenAlt {
  place: ProblemPlace;
  alt: string;
  src: string;
}

/** The frontmatter's images: every group of fields with a `src` and an `alt` (image, …). */
function* frontmatterAlts(
  entry: Entry,
  value: unknown,
  path: (string | number)[],
): Generator<WrittenAlt> {
  if (typeof value !== "object" || value === null || value instanceof Date) return;
  const { src, alt } = value as { src?: unknown; alt?: unknown };
  if (typeof src === "string" && typeof alt === "string") {
    const altPath = [...path, "alt"];
    const line = entry.frontmatter?.lineOf(altPath);
    yield { place: { file: entry.shownFile, line, field: fieldName(altPath) }, alt, src };
  }
  for (const [key, inner] of Object.entries(value)) {
    yield* frontmatterAlts(entry, inner, [...path, Array.isArray(value) ? Number(key) : key]);
  }
}

/** Every description of an image an entry writes: frontmatter, Markdown images, HTML <img>. */
function* writtenAlts(entry: Entry): Generator<WrittenAlt> {
  yield* frontmatterAlts(entry, entry.frontmatter?.data, []);
  const inText = (line: number) => ({ file: entry.shownFile, line, field: TEXT_FIELD });
  // Markdown images, inside <Figure> too, whose image is written in Markdown.
  for (const { line, src, alt } of markdownImages(entry)) yield { place: inText(line), alt, src };
  for (const tag of writtenHtml(entry).tags) {
    if (tag.component || tag.name !== "img") continue;
    const text = (name: string) => {
      const value = tag.attributes.find((attribute) => attribute.name === name)?.value;
      return typeof value === "string" ? value : "";
    };
    yield { place: inText(tag.line), alt: text("alt"), src: text("src") };
  }
}

/**
 * A description that describes nothing ("foto", the file's name) is as good as none to a reader
 * who cannot see the image, and EDITING.md asks for what it shows: refused wherever it is written.
 */
export const imageAlts: Rule = (context, report) => {
  for (const entry of context.entries) {
    if (!entry.frontmatter) continue;
    for (const { place, alt, src } of writtenAlts(entry)) {
      const reason = altTextProblem(alt, src);
      if (reason) report.add(place, editorMessage("ImageAltMeaningless", { alt, src, reason }));
    }
  }
};
