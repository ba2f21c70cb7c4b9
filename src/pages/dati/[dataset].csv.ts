import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../lib/data/site-data.ts";
import { csvTable } from "../../lib/open-data/csv-table.ts";
import { OPEN_DATA_MEDIA_TYPES, openDataFiles, openDataset } from "../../lib/open-data/datasets.ts";
import type { OpenDatasetId } from "../../routes.ts";

export const getStaticPaths = (() => openDataFiles("csv")) satisfies GetStaticPaths;

/** A dataset as a table for a spreadsheet. */
export const GET: APIRoute = async ({ params }) =>
  new Response(csvTable(openDataset(params["dataset"] as OpenDatasetId), await getSiteData()), {
    headers: { "Content-Type": `${OPEN_DATA_MEDIA_TYPES.csv}; charset=utf-8` },
  });
