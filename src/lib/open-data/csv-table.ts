/**
 * A dataset as a CSV table that opens right in a spreadsheet: RFC 4180 (CRLF, quotes where a
 * value holds a comma, a quote or a line break), UTF-8 with a byte-order mark, so that Excel
 * reads accented names on a double click, one header row of the fields' Italian names, lists
 * joined by "; " and booleans as "sì" and "no". Written by csv-stringify.
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
    cast: { boolean: (value) => (value ? "sì" : "no") },
  });
}
