import { describe, expect, it } from "vitest";
import { editorMessage } from "../../src/i18n/editor-messages.ts";
import { componentError, contentProblem, placeText } from "../../src/lib/data/content-errors.ts";
import { attributeField } from "../../src/lib/text/mdx-attributes.ts";
import { findMissingReferences } from "../../src/lib/data/references.ts";
import { messageOfIssue } from "../../src/schemas/issue-messages.ts";
import { newsSchema } from "../../src/schemas/news.ts";
import { standInHelpers } from "../../src/schemas/stand-ins.ts";

const file = "content/news/2026/nasce-il-distretto.md";
const known = new Set(["csmt-gestione"]);

/** What an editor reads of a problem: its message and its words. */
const words = ({
  name,
  problem,
  expected,
}: {
  name: string;
  problem: string;
  expected: string;
}) => ({
  name,
  problem,
  expected,
});

describe("a member that does not exist", () => {
  it("reads the same from the check, from the build and from <MemberCard>", () => {
    // The check: the schema's stand-in reference refuses the id, and the issue is read back.
    const schema = newsSchema(standInHelpers({ knownIds: () => known }));
    const parsed = schema.safeParse({
      title: "T",
      description: "D",
      pubDate: "2026-11-25",
      members: ["csmt-gestione", "officina-inesistente"],
    });
    const issues = parsed.success ? [] : parsed.error.issues;
    const fromCheck = issues.map((issue) =>
      contentProblem({ file, field: "members (2°)" }, messageOfIssue(issue)),
    );
    // The build: the site's data finds the same missing member among the entries' links.
    const fromBuild = findMissingReferences(
      [
        {
          file,
          field: "members",
          collection: "members",
          ids: ["csmt-gestione", "officina-inesistente"],
        },
      ],
      { members: known, groups: new Set(), news: new Set(), events: new Set() },
    );
    // An MDX file: the component stops the build.
    const fromComponent = componentError(placeText(file, 9), [
      {
        field: attributeField("MemberCard", "id"),
        message: editorMessage("MemberNotFound", { id: "officina-inesistente" }),
      },
    ]).problems;

    const expected = words(
      contentProblem(
        { file, field: "members" },
        editorMessage("MemberNotFound", { id: "officina-inesistente" }),
      ),
    );
    expect(fromCheck.map(words)).toEqual([expected]);
    expect(fromBuild.map(words)).toEqual([expected]);
    expect(fromComponent.map(words)).toEqual([expected]);
    expect(expected.problem).toBe('il membro "officina-inesistente" non esiste.');
  });
});
