import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../scripts/build/content-check/run.ts";
import { editorMessage, editorMessageText } from "../src/i18n/editor-messages.ts";
import { contentProblem, formatProblem } from "../src/lib/data/content-errors.ts";
import { NEWS_POSITION_FIELD } from "../src/lib/news/news-paths.ts";
import { runScript } from "./content-check/run-script";
import {
  buildSite,
  fixtureContent,
  fixtureEnvironment,
  outputRoot,
  projectRoot,
} from "./support/build-site";
import { buildFixtureVariant } from "./support/fixture-variant";

const buildWith = buildFixtureVariant;

/** Where a variant's content is, as the build and the check name its files. */
const variantFolder = (name: string) => `tests/tmp/${name}`;

describe("a build with a wrong file", () => {
  it("stops and names the file and field of a reference to a missing member", () => {
    const { status, output } = buildWith("membro-mancante", {
      "news/2026/membro-mancante.md":
        "---\ntitle: T\ndescription: D\npubDate: 2026-01-05\nmembers: [officina-alfa, officina-inesistente]\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    // Astro logs its own message about the reference; ours stops the build, worded as the check.
    const file = `${variantFolder("membro-mancante")}/news/2026/membro-mancante.md`;
    const message = editorMessage("MemberNotFound", { id: "officina-inesistente" });
    expect(output).toContain(formatProblem(contentProblem({ file, field: "members" }, message)));
  });

  it("stops and names the file and field of an event whose working group does not exist", () => {
    const { status, output } = buildWith("gruppo-mancante", {
      "events/gruppo-mancante.md":
        "---\ntitle: T\ndescription: D\nstart: 2027-03-20\nonline: https://r.example/\ngroups: [elettrificazione, filiera-inesistente]\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    const file = `${variantFolder("gruppo-mancante")}/events/gruppo-mancante.md`;
    const message = editorMessage("GroupNotFound", { id: "filiera-inesistente" });
    expect(output).toContain(formatProblem(contentProblem({ file, field: "groups" }, message)));
  });

  it("stops and names the file and field of an event that ends before it starts", () => {
    const { status, output } = buildWith("fine-prima", {
      "events/fine-prima.md":
        "---\ntitle: T\ndescription: D\nstart: 2027-03-20\nend: 2027-03-19\nonline: https://r.example/\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain("fine-prima");
    const message = editorMessage("EventEndBeforeStart", {
      end: "venerdì 19 marzo 2027, tutto il giorno",
      start: "sabato 20 marzo 2027, tutto il giorno",
    });
    expect(output).toContain(editorMessageText(message));
  });

  it("stops and names the file and field of a frontmatter value the schema refuses", () => {
    const { status, output } = buildWith("data-sbagliata", {
      "news/2026/data-sbagliata.md":
        "---\ntitle: T\ndescription: D\npubDate: domani\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain("data-sbagliata");
    expect(output).toContain("pubDate");
    expect(output).toContain(
      editorMessageText(editorMessage("DateInvalid", { value: "domani", withTime: true })),
    );
  });

  it("stops when an article is not in the folder of its year", () => {
    const { status, output } = buildWith("anno-sbagliato", {
      "news/2025/fuori-posto.md":
        "---\ntitle: T\ndescription: D\npubDate: 2026-01-05\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    const file = `${variantFolder("anno-sbagliato")}/news/2025/fuori-posto.md`;
    const message = editorMessage("NewsWrongYearFolder", { id: "2025/fuori-posto", year: "2026" });
    expect(output).toContain(
      formatProblem(contentProblem({ file, field: NEWS_POSITION_FIELD }, message)),
    );
  });

  it("stops at a <MemberCard> of a missing member with the line the content check prints", () => {
    const name = "scheda-mancante";
    const { status, output } = buildWith(name, {
      "news/2026/scheda-mancante.mdx":
        '---\ntitle: T\ndescription: D\npubDate: 2026-01-05\n---\n\nTesto.\n\n<MemberCard id="officina-inesistente" />\n',
    });
    expect(status).not.toBe(0);
    const { errors } = runCheck({
      projectRoot,
      contentRoot: path.join(projectRoot, variantFolder(name)),
      shownRoot: variantFolder(name),
      now: new Date(),
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: `${variantFolder(name)}/news/2026/scheda-mancante.mdx`,
        line: 9,
        field: "<MemberCard id>",
        name: "MemberNotFound",
        params: { id: "officina-inesistente" },
      }),
    ]);
    expect(output).toContain(formatProblem(errors[0]!));
  });
});

describe("a build with a wrong deploy-time setting", () => {
  const wrong = {
    SITE_URL: "http://distretto.example/sito",
    PUBLIC_JOIN_ENDPOINT: "mailto:x@y.it",
  };

  it("stops in Astro, naming each variable and its value", () => {
    const outDir = path.join(outputRoot, "variant-impostazioni");
    const { status, output } = buildSite(fixtureContent, outDir, {
      ...fixtureEnvironment,
      ...wrong,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL vale "http://distretto.example/sito"');
    expect(output).toContain('PUBLIC_JOIN_ENDPOINT vale "mailto:x@y.it"');
  });

  it("stops in the content check that runs before the build", () => {
    const { status, output } = runScript("scripts/build/check-content.ts", [], wrong);
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL vale "http://distretto.example/sito"');
  });
});
