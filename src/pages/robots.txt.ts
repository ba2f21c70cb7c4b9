import type { APIRoute } from "astro";
import { routes } from "../routes.ts";
import { site } from "../site.ts";

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL(routes.sitemap(), site.url).href}\n`,
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
