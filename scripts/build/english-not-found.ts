import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { enRoutes } from "../../src/routes.ts";

/**
 * Astro writes only the root not-found page as a file (404.html); src/pages/en/404.astro comes
 * out as en/404/index.html. Static hosts (Cloudflare Pages, Netlify) serve the nearest 404.html
 * up the folder of an unknown address, so the English one must be en/404.html: moved there.
 */
export function placeEnglishNotFound(outDir: string): void {
  const target = path.join(outDir, enRoutes.notFound());
  const written = path.join(outDir, enRoutes.notFound().replace(/\.html$/, ""), "index.html");
  if (!existsSync(written)) return;
  renameSync(written, target);
  rmSync(path.dirname(written), { recursive: true });
}
