/**
 * A dataset as a CSV table that opens right in a spreadsheet: RFC 4180 (CRLF, quotes where a
 * value holds a comma, a quote or a line break), UTF-8 with a byte-order mark, so that Excel
 * reads accented names on a double click, one header row of the fields' Italian names, lists
 * joined by "; ", booleans as "sì" and "no", and nothing a spreadsheet would run as a formula.
 * Written by csv-stringify.
 */
import { stringify } from "csv-stringify/sync";
import type { OpenDataset } from "./datasets.ts";
import type { SiteData } from "../data/site-types.ts";

export const CSV_LIST_SEPARATOR = "; ";

const cell = (value: unknown): unknown =>
  Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : value;

export function csvTable(dataset: OpenDataset, data: SiteData): string {
  const columns = Object.keys(dataset.record.shape);
  const rows = dataset
    .records(data)
    .map((record) =>
      Object.fromEntries(
        columns.map((column) => [column, cell((record as Record<string, unknown>)[column])]),
      ),
    );
  return stringify(rows, {
    bom: true,
    header: true,
    columns,
    record_delimiter: "windows",
    // A line break inside a value is quoted too, or a spreadsheet would start a new row there.
    quote_record_delimiter: true,
    // A value that starts like a formula (=, +, -, @) gets an apostrophe, which spreadsheets
    // hide, so opening the file never runs what an entry says.
    escape_formulas: true,
    cast: { boolean: (value) => (value ? "sì" : "no") },
  });
}
