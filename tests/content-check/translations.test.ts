import { describe, expect, it } from "vitest";
import type { EditorMessage } from "../../src/i18n/editor-messages.ts";
import { checkFixture, fixture, fixtureFindings } from "./run-script.ts";

const NAME = "translations";
const shown = (file: string) => `${fixture(NAME)}/${file}`;
const findings = fixtureFindings(NAME);

/** The messages at a file, line and field of the fixture, with their severity. */
const at = (file: string, line: number, field: string) =>
  findings
    .filter((found) => found.file === shown(file) && found.line === line && found.field === field)
    .map(({ name, params, severity }) => ({ ...({ name, params } as EditorMessage), severity }));

const error = (message: EditorMessage) => ({ ...message, severity: "error" });

describe("the content check on English versions", () => {
  it("stops the build and lists every mistake of the English files, and only theirs", () => {
    const { status, stdout } = checkFixture(NAME);
    expect(status).toBe(1);
    expect(stdout, stdout).toContain("9 errori, 0 avvisi");
    const files = new Set(findings.map((found) => found.file));
    expect([...files].every((file) => file.startsWith(shown("en/")))).toBe(true);
    // The one correct file, the duplicate aside, has nothing of its own.
    expect(findings.filter((found) => found.file === shown("en/district/who-we-are.md"))).toEqual([
      expect.objectContaining({ name: "TranslationDuplicate" }),
    ]);
  });

  it("refuses an English file whose original does not exist, naming translationOf", () => {
    expect(at("en/district/no-original.md", 2, "translationOf")).toEqual([
      error({ name: "DistrictPageNotFound", params: { id: "pagina-che-non-esiste" } }),
    ]);
  });

  it("refuses a second English file for one original, in each of the two files", () => {
    expect(at("en/district/about-us.md", 2, "translationOf")).toEqual([
      error({
        name: "TranslationDuplicate",
        params: { id: "chi-siamo", others: [shown("en/district/who-we-are.md")] },
      }),
    ]);
    expect(at("en/district/who-we-are.md", 2, "translationOf")).toEqual([
      error({
        name: "TranslationDuplicate",
        params: { id: "chi-siamo", others: [shown("en/district/about-us.md")] },
      }),
    ]);
  });

  it("refuses a field that belongs to the original, saying where it is written", () => {
    const { stdout } = checkFixture(NAME);
    expect(stdout).toContain(
      `${shown("en/district/about-us.md")}:5  order  questo campo viene dalla versione italiana (${shown("district/chi-siamo.md")}): la versione inglese non lo ripete.  Togli la riga; per cambiarne il valore modificalo in ${shown("district/chi-siamo.md")}. Una versione inglese scrive solo translationOf, title, description e il testo.`,
    );
    expect(at("en/members/officina-alfa.md", 3, "type")).toEqual([
      error({
        name: "FieldFromOriginal",
        params: { original: shown("members/officina-alfa.md"), allowed: ["translationOf"] },
      }),
    ]);
    expect(at("en/news/2026/with-a-photo.md", 5, "pubDate")).toEqual([
      error({
        name: "FieldFromOriginal",
        params: {
          original: shown("news/2026/con-foto.md"),
          allowed: ["translationOf", "title", "description", "imageAlt"],
        },
      }),
    ]);
    // Said once, by the rule that knows why: no generic "unknown field" beside it.
    expect(findings.filter((found) => found.name === "UnknownField")).toEqual([]);
    expect(findings.filter((found) => found.name === "UnrecognizedFields")).toEqual([]);
  });

  it("asks for an English image description exactly when the original has an image", () => {
    expect(at("en/news/2026/with-a-photo.md", 2, "imageAlt")).toEqual([
      error({ name: "ImageAltMissing", params: { original: shown("news/2026/con-foto.md") } }),
    ]);
    expect(at("en/news/2026/without-a-photo.md", 5, "imageAlt")).toEqual([
      error({
        name: "ImageAltWithoutImage",
        params: { original: shown("news/2026/senza-foto.md") },
      }),
    ]);
  });

  it("refuses an English article outside its original's year folder, saying where to move it", () => {
    expect(at("en/news/2027/another-year.md", 1, "(nome del file)")).toEqual([
      error({
        name: "TranslationInWrongYear",
        params: { year: "2027", originalYear: "2026", folder: shown("en/news/2026/") },
      }),
    ]);
  });

  it("keeps the translation of a draft or scheduled original unpublished, with a note and no error", () => {
    expect(at("en/district/draft-page.md", 2, "translationOf")).toEqual([
      {
        name: "OriginalNotPublished",
        params: { original: shown("district/pagina-in-bozza.md"), scheduled: false },
        severity: "note",
      },
    ]);
    expect(at("en/news/2999/scheduled.md", 2, "translationOf")).toEqual([
      {
        name: "OriginalNotPublished",
        params: { original: shown("news/2999/programmato.md"), scheduled: true },
        severity: "note",
      },
    ]);
    const { stdout } = checkFixture(NAME);
    expect(stdout).toContain("2 note:\n");
    expect(stdout).toContain("Distretto (versione inglese): 1 pubblicato, 1 bozza, 0 programmati");
    expect(stdout).toContain(
      `programmato per il 30 novembre 2999: ${shown("en/news/2999/scheduled.md")}`,
    );
  });
});
