import type { APIRoute } from "astro";
import { CATALOGUE_MEDIA_TYPE, dataCatalogue } from "../../lib/open-data/catalogue.ts";

/** The DCAT-AP_IT catalogue of the open data, for the portals that harvest it. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(dataCatalogue(), null, 2), {
    headers: { "Content-Type": `${CATALOGUE_MEDIA_TYPE}; charset=utf-8` },
  });
