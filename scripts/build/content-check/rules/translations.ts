import { registry, type CollectionDefinition } from "../../../../src/collections.ts";
import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import type { Entry, Rule } from "../context.ts";
import type { Reporter } from "../reporter.ts";
import { collectionShape } from "../schema-shapes.ts";

const FIELD = "translationOf";

/**
 * An English version is the text of one Italian entry: one file per original, no field that
 * the original carries, an English image description exactly when the original has an image,
 * an article in its original's year folder, and a note when the original is not published yet
 * (the translation waits with it). An original that does not exist is the schema's `reference`
 * to refuse.
 */
export const translations: Rule = (context, report) => {
  const byOriginal = new Map<string, Entry[]>();
  for (const entry of context.entries) {
    const translates = (registry[entry.collection] as CollectionDefinition).translates;
    const frontmatter = entry.frontmatter;
    if (!translates || !frontmatter) continue;
    const id = frontmatter.data[FIELD];
    if (typeof id === "string") {
      const key = `${translates}/${id}`;
      byOriginal.set(key, [...(byOriginal.get(key) ?? []), entry]);
    }
    const original = entry.original?.shownFile ?? `${context.shownRoot}/${translates}/`;
    fieldsFromOriginal(entry, translates, original, report);
    imageAlt(entry, original, report);
    yearFolder(entry, context.shownRoot, report);
    const status = entry.original?.status;
    if (status === "draft" || status === "scheduled") {
      report.add(
        { file: entry.shownFile, line: frontmatter.lineOf([FIELD]), field: FIELD },
        editorMessage("OriginalNotPublished", { original, scheduled: status === "scheduled" }),
      );
    }
  }
  for (const [key, entries] of byOriginal) {
    for (const entry of entries.length > 1 ? entries : []) {
      const others = entries.filter((other) => other !== entry).map((other) => other.shownFile);
      report.add(
        { file: entry.shownFile, line: entry.frontmatter?.lineOf([FIELD]), field: FIELD },
        editorMessage("TranslationDuplicate", { id: key.slice(key.indexOf("/") + 1), others }),
      );
    }
  }
};

/** A field of the Italian collection written again in the English file, by name. */
function fieldsFromOriginal(
  entry: Entry,
  translates: NonNullable<CollectionDefinition["translates"]>,
  original: string,
  report: Reporter,
): void {
  const allowed = Object.keys(collectionShape(entry.collection)?.shape ?? {});
  const italian = Object.keys(collectionShape(translates)?.shape ?? {});
  for (const key of Object.keys(entry.frontmatter?.data ?? {})) {
    if (allowed.includes(key) || !italian.includes(key)) continue;
    report.add(
      { file: entry.shownFile, line: entry.frontmatter?.lineOf([key]), field: key },
      editorMessage("FieldFromOriginal", { original, allowed }),
    );
  }
}

/** `imageAlt` describes the original's image: needed when there is one, wrong when there is none. */
function imageAlt(entry: Entry, original: string, report: Reporter): void {
  if (!collectionShape(entry.collection)?.shape["imageAlt"] || !entry.original?.frontmatter) {
    return;
  }
  const hasImage = entry.original.frontmatter.data["image"] !== undefined;
  const written = entry.frontmatter?.data["imageAlt"] !== undefined;
  if (hasImage && !written) {
    report.add(
      { file: entry.shownFile, line: entry.frontmatter?.lineOf([FIELD]), field: "imageAlt" },
      editorMessage("ImageAltMissing", { original }),
    );
  } else if (written && !hasImage) {
    report.add(
      { file: entry.shownFile, line: entry.frontmatter?.lineOf(["imageAlt"]), field: "imageAlt" },
      editorMessage("ImageAltWithoutImage", { original }),
    );
  }
}

/** An English article sits in its original's year folder: its address keeps the original's year. */
function yearFolder(entry: Entry, shownRoot: string, report: Reporter): void {
  if (!registry[entry.collection].yearFolders || !entry.original) return;
  const [year = "", originalYear = ""] = [entry.id, entry.original.id].map(
    (id) => id.split("/")[0],
  );
  if (year === originalYear) return;
  const folder = `${shownRoot}/${registry[entry.collection].folder}/${originalYear}/`;
  report.add(
    { file: entry.shownFile, field: "(nome del file)" },
    editorMessage("TranslationInWrongYear", { year, originalYear, folder }),
  );
}
