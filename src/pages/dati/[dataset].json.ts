import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../lib/data/site-data.ts";
import { OPEN_DATA_MEDIA_TYPES, openDataFiles, openDataset } from "../../lib/open-data/datasets.ts";
import { jsonDocument, jsonSchema, validatedJson } from "../../lib/open-data/json-document.ts";
import { routes, type OpenDatasetId } from "../../routes.ts";

export const getStaticPaths = (() => openDataFiles("json")) satisfies GetStaticPaths;

/** A dataset as JSON, checked against its published schema before it is written. */
export const GET: APIRoute = async ({ params }) => {
  const dataset = openDataset(params["dataset"] as OpenDatasetId);
  const document = jsonDocument(dataset, await getSiteData());
  const file = routes.openDataFile(dataset.id, "json");
  return new Response(validatedJson(file, jsonSchema(dataset), document), {
    headers: { "Content-Type": `${OPEN_DATA_MEDIA_TYPES.json}; charset=utf-8` },
  });
};
