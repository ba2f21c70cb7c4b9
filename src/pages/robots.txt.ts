import type { APIRoute } from "astro";
import { routes } from "../routes.ts";
import { absoluteUrl } from "../lib/site/page-meta.ts";

export const GET: APIRoute = () =>
  new Response(
    // The browser editor is for editors only: search engines have nothing to read there.
    `User-agent: *\nAllow: /\nDisallow: ${routes.admin()}\n\nSitemap: ${absoluteUrl(routes.sitemap())}\n`,
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
