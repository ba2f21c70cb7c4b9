// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { fileURLToPath } from "node:url";
import { searchIndex } from "./src/integrations/search-index.ts";
import { lastModifiedOfPage } from "./src/lib/sitemap-lastmod.ts";

// The public address is only known at deploy time; the reserved .example domain stands in.
const site = process.env.SITE_URL || "https://distretto-auto.example";

/** Where the build writes (it can be moved with --outDir), for the sitemap to read pages back. */
let outDir = "dist";
const rememberOutDir = {
  name: "remember-out-dir",
  hooks: {
    /** @param {{ config: import("astro").AstroConfig }} options */
    "astro:config:done": ({ config }) => {
      outDir = fileURLToPath(config.outDir);
    },
  },
};

export default defineConfig({
  site,
  // Test and benchmark builds of other content folders keep their own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR || "./node_modules/.astro",
  trailingSlash: "always",
  integrations: [
    rememberOutDir,
    mdx(),
    sitemap({
      // Every page's layout records its content's last change; the sitemap repeats it.
      serialize: async (item) => {
        const lastmod = await lastModifiedOfPage(outDir, item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    searchIndex(),
  ],
  vite: { plugins: [tailwindcss()] },
});
