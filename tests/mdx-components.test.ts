import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import Download from "../src/components/mdx/Download.astro";
import MemberList from "../src/components/mdx/MemberList.astro";
import { mdxComponents } from "../src/components/mdx/index.ts";
import { ContentIntegrityError } from "../src/lib/data/content-errors.ts";
import { MDX_COMPONENT_NAMES } from "../src/lib/text/mdx-attributes.ts";
import { MEMBER_TYPES, PROVINCES } from "../src/schemas/members.ts";

/** Renders a component as an MDX file would, and returns what it stopped the build with. */
async function refusal(
  component: Parameters<AstroContainer["renderToString"]>[0],
  props: Record<string, unknown>,
) {
  const container = await AstroContainer.create();
  const error: unknown = await container.renderToString(component, { props }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ContentIntegrityError);
  return (error as ContentIntegrityError).problems.map(({ file, line, field, name, params }) => ({
    file,
    line,
    field,
    name,
    params,
  }));
}

const sourceLocation = "content/news/2026/componenti.mdx:12";

describe("the MDX components an editor writes", () => {
  it("are the ones the content check lets through, no more and no fewer", () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });

  it("stop the build at a <Download> of a missing document, naming file, line and attribute", async () => {
    expect(await refusal(Download, { file: "/documenti/manca.pdf", sourceLocation })).toEqual([
      {
        file: "content/news/2026/componenti.mdx",
        line: 12,
        field: "<Download file>",
        name: "DocumentNotFound",
        params: { file: "/documenti/manca.pdf" },
      },
    ]);
  });

  it("stop the build at a <Download> of a document outside /documenti/", async () => {
    expect(await refusal(Download, { file: "/altro/statuto.pdf", sourceLocation })).toEqual([
      expect.objectContaining({
        field: "<Download file>",
        name: "DocumentOutsideFolder",
        params: { file: "/altro/statuto.pdf" },
      }),
    ]);
  });

  it("stop the build at a <MemberList> of a type or province the site does not have", async () => {
    expect(await refusal(MemberList, { tipo: "azienda", provincia: "TO", sourceLocation })).toEqual(
      [
        expect.objectContaining({
          field: "<MemberList tipo>",
          name: "ValueNotAllowed",
          params: { value: "azienda", allowed: MEMBER_TYPES },
        }),
        expect.objectContaining({
          field: "<MemberList provincia>",
          name: "ValueNotAllowed",
          params: { value: "TO", allowed: PROVINCES },
        }),
      ],
    );
  });
});
