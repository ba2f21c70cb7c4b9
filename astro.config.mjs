// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import tailwindcss from "@tailwindcss/vite";
import { fileURLToPath } from "node:url";
import { loadEnv } from "vite";
import { componentSource } from "./src/markdown/component-source.ts";
import { externalLinks } from "./src/markdown/external-links.ts";
import { DEFAULT_SITE_URL } from "./src/site.ts";
import { lastModifiedOfPage } from "./src/lib/sitemap-lastmod.ts";

// The public address is only known at deploy time (see src/site.ts for the stand-in).
const site = process.env.SITE_URL || DEFAULT_SITE_URL;

// The form endpoints are the one declared exception to "nothing but this site's own origin".
const env = loadEnv(process.env.NODE_ENV ?? "production", process.cwd(), "PUBLIC_");
const formOrigins = [env.PUBLIC_JOIN_ENDPOINT, env.PUBLIC_SUBSCRIBE_ENDPOINT]
  .filter(Boolean)
  .map((endpoint) => new URL(String(endpoint)).origin);
/** @param {...string} extra */
const sources = (...extra) => [...new Set(["'self'", ...extra])].join(" ");

/** Markdown and MDX alike: links to other sites are marked. */
const markdownPlugins = { hastPlugins: [externalLinks(site)] };

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
  markdown: {
    processor: satteri(markdownPlugins),
    // Shiki colours code with inline style attributes, which the CSP below refuses: code blocks
    // stay plain and take the site's own styles.
    syntaxHighlight: false,
  },
  integrations: [
    rememberOutDir,
    // MDX components learn where they are written, to name the place when they stop the build;
    // plain Markdown has no components, and is parsed faster without positions.
    mdx({
      processor: satteri({
        ...markdownPlugins,
        mdastPlugins: [componentSource(fileURLToPath(new URL(".", import.meta.url)))],
      }),
    }),
    sitemap({
      // Every page's layout records its content's last change; the sitemap repeats it.
      serialize: (item) => {
        const lastmod = lastModifiedOfPage(outDir, item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ],
  security: {
    // A meta policy with a hash for every inline script and style; frame-ancestors, which a
    // meta policy cannot carry, is in public/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        `connect-src ${sources(...formOrigins)}`,
        `form-action ${sources(...formOrigins)}`,
        "base-uri 'self'",
        "object-src 'none'",
        "manifest-src 'self'",
      ],
      // Pagefind's search engine is WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    // Benchmark and test builds write thousands of pages the preview must not watch.
    server: { watch: { ignored: ["**/bench/work/**", "**/tests/.output/**", "**/tests/tmp/**"] } },
  },
});
