import type { APIRoute, GetStaticPaths } from "astro";
import { OPEN_DATA_MEDIA_TYPES, openDataFiles, openDataset } from "../../lib/open-data/datasets.ts";
import { jsonSchema } from "../../lib/open-data/json-document.ts";
import type { OpenDatasetId } from "../../routes.ts";

export const getStaticPaths = (() => openDataFiles("schema.json")) satisfies GetStaticPaths;

/** The JSON Schema of a dataset's JSON file, derived from the schema its records are built to. */
export const GET: APIRoute = ({ params }) =>
  new Response(
    JSON.stringify(jsonSchema(openDataset(params["dataset"] as OpenDatasetId)), null, 2),
    {
      headers: { "Content-Type": `${OPEN_DATA_MEDIA_TYPES["schema.json"]}; charset=utf-8` },
    },
  );
