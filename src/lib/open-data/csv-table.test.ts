import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { csvTable } from "./csv-table.ts";
import type { OpenDataset } from "./datasets.ts";
import type { SiteData } from "../data/site-types.ts";

const table = (records: object[]) =>
  csvTable(
    {
      id: "membri",
      title: "Prova",
      description: "Prova",
      record: z.object({ nome: z.string(), settori: z.array(z.string()), fondatore: z.boolean() }),
      records: () => records,
      formats: ["csv"],
      sectionPath: "/membri/",
    } satisfies OpenDataset,
    {} as SiteData,
  );

describe("a dataset as CSV", () => {
  it("starts with the byte-order mark and the header row, even with no record", () => {
    expect(table([])).toBe("\uFEFFnome,settori,fondatore\r\n");
  });

  it("joins lists with «; », writes booleans as sì and no, and quotes as RFC 4180 asks", () => {
    expect(
      table([
        { nome: 'Officina "Alfa", Brescia', settori: ["a", "b"], fondatore: true },
        { nome: "Due\nrighe", settori: [], fondatore: false },
      ]),
    ).toBe(
      '\uFEFFnome,settori,fondatore\r\n"Officina ""Alfa"", Brescia",a; b,sì\r\n"Due\nrighe",,no\r\n',
    );
  });

  it("keeps a spreadsheet from running a value as a formula", () => {
    expect(table([{ nome: "=HYPERLINK(1)", settori: ["+39"], fondatore: false }])).toContain(
      "'=HYPERLINK(1),'+39,no",
    );
  });
});
