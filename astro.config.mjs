// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";

// The public address is only known at deploy time; the reserved .example domain stands in.
const site = process.env.SITE_URL || "https://distretto-auto.example";

export default defineConfig({
  site,
  // Test and benchmark builds of other content folders keep their own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR || "./node_modules/.astro",
  trailingSlash: "always",
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
});
