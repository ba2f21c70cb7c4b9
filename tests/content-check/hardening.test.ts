import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFixture, fixture, fixtureFindings, projectRoot } from "./run-script.ts";

const folder = path.join(projectRoot, fixture("hardening"));

/** Written by the test: git would ignore the leftovers, and a 1 MB fixture is dead weight. */
const generated: Record<string, string | Buffer> = {
  "members/.DS_Store": Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]),
  "members/Thumbs.db": Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
  "members/._officina-alfa.md": Buffer.from([0, 5, 0x16, 7]),
  "news/2026/primo-articolo.md~": "una copia di sicurezza dell'editor\n",
  "news/2026/enorme.md": `---\ntitle: "Enorme"\ndescription: "Sintesi."\npubDate: 2026-01-05\n---\n\n${"Testo ripetuto. ".repeat(70_000)}\n`,
};

beforeAll(() => {
  for (const [file, content] of Object.entries(generated)) {
    writeFileSync(path.join(folder, file), content);
  }
});
afterAll(() => {
  for (const file of Object.keys(generated)) rmSync(path.join(folder, file), { force: true });
});

describe("the content check, fed what nobody here wrote", () => {
  const where = () =>
    fixtureFindings("hardening").map(({ file, line, field, name }) => ({
      file: file.replace(`${fixture("hardening")}/`, ""),
      line,
      field,
      name,
    }));

  it("names file, line and field of every bad input in one run, and nothing else", () => {
    expect(where()).toEqual([
      { file: "members/officina-alfa.md", line: 7, field: "draft", name: "DraftNotAllowed" },
      { file: "news/2026/bomba.md", line: 5, field: "(intestazione)", name: "YamlAliasNotAllowed" },
      {
        file: "news/2026/codifica.md",
        line: 1,
        field: "(intestazione)",
        name: "FileEncodingWrong",
      },
      { file: "news/2026/enorme.md", line: 1, field: "(intestazione)", name: "FileTooLarge" },
      { file: "pages/privacy.md", line: 4, field: "updatedDate", name: "UpdatedInFuture" },
    ]);
  });

  it("stops at once on a YAML alias bomb instead of expanding it", () => {
    const { status, stdout } = checkFixture("hardening");
    expect(status).toBe(1);
    expect(stdout).toContain("5 errori");
  });

  it("ignores what an operating system or an editor leaves behind", () => {
    const files = where().map((finding) => finding.file);
    for (const leftover of Object.keys(generated).filter((file) => !file.endsWith(".md"))) {
      expect(files).not.toContain(leftover);
    }
  });

  it("publishes a member with draft: true nowhere as a draft: it is an error, not a warning", () => {
    const draft = fixtureFindings("hardening").find((found) => found.field === "draft");
    expect(draft?.severity).toBe("error");
  });
});
