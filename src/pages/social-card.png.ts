import type { APIRoute } from "astro";
import { socialCardPng } from "../lib/social-cards/social-card.ts";
import { site } from "../site.ts";

/** The card shared for every page that has none of its own. */
export const GET: APIRoute = async () =>
  new Response(
    new Uint8Array(
      await socialCardPng({ title: site.tagline, kicker: site.name, siteName: site.url.host }),
    ),
    { headers: { "Content-Type": "image/png" } },
  );
