import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, fixtureContent, outputRoot } from "./support/build-site";

const workspace = mkdtempSync(path.join(tmpdir(), "distretto-errori-"));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Builds a copy of the fixture content with some files added. */
function buildWith(name: string, files: Record<string, string>) {
  const content = path.join(workspace, name);
  cpSync(fixtureContent, content, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(path.join(content, file), text);
  }
  return buildSite(content, path.join(outputRoot, `broken-${name}`));
}

describe("a build with a wrong file", () => {
  it("stops and names the file and field of a reference to a missing member", () => {
    const { status, output } = buildWith("membro-mancante", {
      "news/2026/membro-mancante.md":
        "---\ntitle: T\ndescription: D\npubDate: 2026-01-05\nmembers: [officina-alfa, officina-inesistente]\n---\nTesto.\n",
      "committee/fantasma.md": "---\nmember: fantasma\nrole: Componente\n---\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'news/2026/membro-mancante.md  members  il membro "officina-inesistente" non esiste.',
    );
    expect(output).toContain('committee/fantasma.md  member  il membro "fantasma" non esiste.');
  });

  it("stops and names the file and field of a frontmatter value the schema refuses", () => {
    const { status, output } = buildWith("data-sbagliata", {
      "news/2026/data-sbagliata.md":
        "---\ntitle: T\ndescription: D\npubDate: domani\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain("data-sbagliata");
    expect(output).toContain("pubDate");
    expect(output).toContain('Data non valida: "domani"');
  });

  it("stops when an article is not in the folder of its year", () => {
    const { status, output } = buildWith("anno-sbagliato", {
      "news/2025/fuori-posto.md":
        "---\ntitle: T\ndescription: D\npubDate: 2026-01-05\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain("Spostalo in content/news/2026/");
  });
});
