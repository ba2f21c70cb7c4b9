/** EDITING.md's browser-editing section against what the browser editor really shows. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cmsConfig } from "../../scripts/build/cms/config.ts";
import { projectRoot } from "./run-script.ts";

const guide = readFileSync(path.join(projectRoot, "EDITING.md"), "utf8");
/** From the section's heading to the next section of the same level. */
function section(heading: string): string {
  const start = guide.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = guide.indexOf("\n## ", start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}
const browserEditing = section("Modificare dal browser");

describe("EDITING.md on browser editing", () => {
  /** Each collection of the browser editor's configuration: its name, label and creation. */
  const collections = (
    cmsConfig(
      { repository: "distretto/sito", branch: "main", authUrl: "https://accesso.example" },
      new URL("https://distretto-auto.example"),
    ).collections ?? []
  ).map((collection) => ({
    name: "name" in collection ? collection.name : "",
    label: "label" in collection ? (collection.label ?? "") : "",
    create: "create" in collection ? collection.create : undefined,
  }));

  it("names every collection the browser editor shows", () => {
    expect(collections.length).toBeGreaterThan(0);
    for (const collection of collections) {
      expect(browserEditing, collection.name).toContain(`**${collection.label}**`);
    }
  });

  it("says which collections can be edited but not created there", () => {
    const editOnly = collections.filter((collection) => collection.create === false);
    expect(editOnly.map((collection) => collection.name)).toEqual(["newsletter", "enNews"]);
    for (const collection of editOnly) {
      const item = browserEditing
        .split("\n- ")
        .find((text) => text.startsWith(`**${collection.label}**`));
      expect(item, collection.label).toMatch(/si modificano ma non si creano/);
    }
  });

  it("shows four distinct screenshots, each a file that exists", () => {
    const pictures = [...browserEditing.matchAll(/!\[[^\]]+\]\(([^)]+\.png)\)/g)].map(
      (match) => match[1] ?? "",
    );
    expect(pictures).toHaveLength(4);
    const hashes = pictures.map((picture) =>
      createHash("sha256")
        .update(readFileSync(path.join(projectRoot, picture)))
        .digest("hex"),
    );
    expect(new Set(hashes).size).toBe(4);
  });
});

describe("EDITING.md's order", () => {
  it("explains the content check before browser editing", () => {
    const check = guide.indexOf("\n## Il controllo dei contenuti\n");
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(guide.indexOf("\n## Modificare dal browser\n"));
    expect(check).toBeLessThan(guide.indexOf("\n## Le notizie\n"));
  });
});
