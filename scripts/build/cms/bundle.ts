/**
 * Sveltia CMS bundled from node_modules into the site, with every piece it loads on demand
 * (interface languages, image encoders, fonts, syntax colouring): its own CDN build would fetch
 * those from unpkg.com, and /admin/ loads nothing from another origin. The bundle depends only on
 * the package's version and the entry script, so it is made once and kept in node_modules/.cache.
 */
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as esbuild from "esbuild";
import { routes } from "../../../src/routes.ts";

const projectRoot = path.resolve(import.meta.dirname, "../../..");
const entry = path.join(projectRoot, "src/scripts/cms.ts");
/** The package, whose npm/ build is ES modules with relative chunks and assets, for bundlers. */
const packageRoot = path.resolve(
  path.dirname(createRequire(import.meta.url).resolve("@sveltia/cms")),
  "..",
);
const cacheRoot = path.join(projectRoot, "node_modules/.cache/sveltia-cms");

/** The bundle's folder inside /admin/, and the file the admin page loads from it. */
export const CMS_BUNDLE_FOLDER = "cms";
export const CMS_ENTRY_FILE = "cms.js";
/** Where the bundle is served. */
const publicPath = `${routes.admin()}${CMS_BUNDLE_FOLDER}/`;

/** A font the interface's stylesheet asks of a CDN: `source-sans-3:vf@5.3.0/latin-wght-normal.woff2`. */
const CDN_FONT =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * Sveltia's interface library declares its fonts in a stylesheet that points at a CDN, while the
 * package ships the same fonts in npm/assets/ (`source-sans-3-latin-wght-normal-<hash>.woff2`):
 * the stylesheet is pointed at those, or the browser would ask the CDN, which the policy of
 * /admin/ refuses.
 */
const ownFonts: esbuild.Plugin = {
  name: "own-fonts",
  setup(build) {
    const assets = readdirSync(path.join(packageRoot, "npm/assets"));
    build.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => ({
      loader: "js",
      contents: readFileSync(args.path, "utf8").replace(CDN_FONT, (url, family, subset) => {
        const file = assets.find((asset) => asset.startsWith(`${family}-${subset}-`));
        if (!file) throw new Error(`Sveltia CMS asks for ${url}, which its package does not ship.`);
        return `${publicPath}assets/${file}`;
      }),
    }));
  },
};

function bundleKey(): string {
  const { version } = JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8")) as {
    version: string;
  };
  const hash = createHash("sha256")
    .update(readFileSync(entry))
    .update(esbuild.version)
    .update(readFileSync(import.meta.filename))
    .digest("hex")
    .slice(0, 12);
  return `${version}-${hash}`;
}

async function build(folder: string): Promise<void> {
  const partial = `${folder}.partial`;
  rmSync(partial, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: { [path.basename(CMS_ENTRY_FILE, ".js")]: entry },
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2022",
    minify: true,
    outdir: partial,
    chunkNames: "chunks/[name]-[hash]",
    logLevel: "error",
    plugins: [ownFonts],
  });
  // Fonts, WebAssembly and workers are referenced as new URL("assets/…", import.meta.url) from
  // the entry, so they sit in assets/ beside it.
  cpSync(path.join(packageRoot, "npm/assets"), path.join(partial, "assets"), {
    recursive: true,
    filter: (source) => !source.endsWith(".map"),
  });
  renameSync(partial, folder);
}

/** Copies the bundle into `target`, making it first if this version was never bundled. */
export async function writeCmsBundle(target: string): Promise<{ fromCache: boolean }> {
  const folder = path.join(cacheRoot, bundleKey());
  const fromCache = existsSync(folder);
  if (!fromCache) {
    mkdirSync(cacheRoot, { recursive: true });
    await build(folder);
  }
  cpSync(folder, target, { recursive: true });
  return { fromCache };
}
