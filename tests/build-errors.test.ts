import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../scripts/build/content-check/run.ts";
import {
  editorMessage,
  editorMessageText,
  type EditorMessage,
} from "../src/i18n/editor-messages.ts";
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

/**
 * The content check stops `npm run build` before Astro starts, and its tests prove each mistake's
 * message (tests/content-check/); the data layer's unit tests prove what the gateway refuses
 * (src/lib/data/assemble-site-data.test.ts). These builds prove that Astro itself stops too, at
 * each of the three stages where a mistake surfaces: the entries' references, checked together
 * (one build holds several mistakes), a value the schema refuses, and an MDX component.
 */
describe("a build with a wrong file", () => {
  it("stops at the entries' references, naming the file and field of every mistake at once", async () => {
    const name = "riferimenti-sbagliati";
    const { status, output } = await buildWith(name, {
      "news/2026/membro-mancante.md":
        "---\ntitle: T\ndescription: D\npubDate: 2026-01-05\nmembers: [officina-alfa, officina-inesistente]\n---\nTesto.\n",
      "events/gruppo-mancante.md":
        "---\ntitle: T\ndescription: D\nstart: 2027-03-20\nonline: https://r.example/\ngroups: [elettrificazione, filiera-inesistente]\n---\nTesto.\n",
      "news/2025/fuori-posto.md":
        "---\ntitle: T\ndescription: D\npubDate: 2026-01-05\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    // Astro logs its own message about the references; ours stops the build, worded as the check.
    const line = (file: string, field: string, message: EditorMessage) =>
      formatProblem(contentProblem({ file: `${variantFolder(name)}/${file}`, field }, message));
    expect(output).toContain(
      line(
        "news/2026/membro-mancante.md",
        "members",
        editorMessage("MemberNotFound", { id: "officina-inesistente" }),
      ),
    );
    expect(output).toContain(
      line(
        "events/gruppo-mancante.md",
        "groups",
        editorMessage("GroupNotFound", { id: "filiera-inesistente" }),
      ),
    );
    expect(output).toContain(
      line(
        "news/2025/fuori-posto.md",
        NEWS_POSITION_FIELD,
        editorMessage("NewsWrongYearFolder", { id: "2025/fuori-posto", year: "2026" }),
      ),
    );
  });

  it("stops and names the file and field of a frontmatter value the schema refuses", async () => {
    const { status, output } = await buildWith("data-sbagliata", {
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

  it("stops at a <MemberCard> of a missing member with the line the content check prints", async () => {
    const name = "scheda-mancante";
    const { status, output } = await buildWith(name, {
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

  it("stops in Astro, naming each variable and its value", async () => {
    const outDir = path.join(outputRoot, "variant-impostazioni");
    const { status, output } = await buildSite(fixtureContent, outDir, {
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
