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
import { formOrigins, readDeploySettings } from "./src/lib/site/deploy-settings.ts";
import { sitemapFactsOfPage } from "./src/lib/site/sitemap-lastmod.ts";
import { enRoutes, routes } from "./src/routes.ts";
import { previewContentCheck } from "./scripts/build/preview-content-check.ts";

// The deploy-time settings, validated once: a wrong value stops here, naming the variable.
// PUBLIC_ values may also come from .env files, as Vite reads them for the pages.
const settings = readDeploySettings({
  ...process.env,
  ...loadEnv(process.env.NODE_ENV ?? "production", process.cwd(), "PUBLIC_"),
});
const site = settings.url.href;
// The form endpoints are the one declared exception to "nothing but this site's own origin".
const formSources = formOrigins(settings);
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
    // In the preview, the content check's Italian report in the terminal and on every page.
    previewContentCheck(),
    // MDX components learn where they are written, to name the place when they stop the build;
    // plain Markdown has no components, and is parsed faster without positions.
    mdx({
      processor: satteri({
        ...markdownPlugins,
        mdastPlugins: [componentSource(fileURLToPath(new URL(".", import.meta.url)))],
      }),
    }),
    sitemap({
      // The browser editor is written after this build, but it must never be listed anyway; the
      // thank-you page of a subscription is reached only from the form.
      filter: (page) => {
        const { pathname } = new URL(page);
        return (
          !pathname.startsWith(routes.admin()) &&
          pathname !== routes.subscribed() &&
          // The English not-found page, written as /en/404.html by the build's last step.
          pathname !== enRoutes.notFound().replace(".html", "/")
        );
      },
      // Every page's layout records its content's last change and its other language; the
      // sitemap repeats them (the hreflang alternates as xhtml:link).
      serialize: (item) => {
        const { lastmod, links } = sitemapFactsOfPage(outDir, item.url);
        return { ...item, ...(lastmod && { lastmod }), ...(links.length > 0 && { links }) };
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
        `connect-src ${sources(...formSources)}`,
        `form-action ${sources(...formSources)}`,
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
    build: {
      rolldownOptions: {
        /** @type {NonNullable<import("rolldown").InputOptions["onLog"]>} */
        onLog(level, log, handler) {
          // Astro marks every MDX module with this directive, and Rolldown warns that bundling may
          // drop it, naming an editor's file: a known, harmless warning (withastro/astro#18087).
          const astroMarker =
            log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes("astro:head-inject");
          if (!astroMarker) handler(level, log);
        },
      },
    },
    // The search's code is bundled whole, as a module a page imports when the reader reaches for
    // the search (src/lib/search/search-code.ts).
    worker: { format: "es" },
  },
});
