/**
 * Writes the browser editor at /admin/ into a built site: a static page that loads the CMS, its
 * configuration generated from the schemas, the CMS's bundle, and its own Content-Security-Policy
 * in `_headers`. It is written after Astro's build, as a plain file, so that none of the public
 * pages' policy, layout or search markup applies to it, and no public page loads any of it.
 * Without the deploy-time settings it needs, /admin/ says plainly that browser editing is not
 * configured yet.
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import type { CmsSettings, DeploySettings } from "../../../src/lib/site/deploy-settings.ts";
import { routes } from "../../../src/routes.ts";
import { site } from "../../../src/site.ts";
import { CMS_BUNDLE_FOLDER, CMS_ENTRY_FILE, writeCmsBundle } from "./bundle.ts";
import { cmsConfig } from "./config.ts";

/** The configuration file, next to the page; the CMS reads it when it starts. */
export const CMS_CONFIG_FILE = "config.yml";

/** The JSON schema of the configuration, named (never loaded) so the CMS knows it was checked. */
const CMS_JSON_SCHEMA = "https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json";

/** GitHub's API, where the CMS reads and commits; its status page, which it asks when GitHub fails. */
const GITHUB_ORIGINS = ["https://api.github.com", "https://www.githubstatus.com"];
/** The signed-in editor's picture. */
const GITHUB_AVATARS = "https://avatars.githubusercontent.com";

/**
 * What the CMS needs and nothing more: its own scripts (WebAssembly for image conversion), the
 * inline styles its interface sets, images it previews from memory (blob:, data:), GitHub's
 * API and the authenticator. `frame-ancestors 'none'` comes from the site-wide rule.
 */
export function adminContentSecurityPolicy(cms: CmsSettings | undefined): string {
  const connect = cms ? [...GITHUB_ORIGINS, cms.authUrl] : [];
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data:${cms ? ` ${GITHUB_AVATARS}` : ""}`,
    "media-src 'self' blob:",
    "font-src 'self' data:",
    ["connect-src 'self' blob: data:", ...connect].join(" "),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "form-action 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");

/**
 * The page around the head and body, written as html-validate's recommended rules want, like every
 * page of the site: `<!DOCTYPE html>` and void elements without a closing slash.
 */
function page(title: string, head: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="it">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>${escape(title)}</title>
    <meta name="description" content="${escape(`La modifica dei contenuti del sito ${site.name} dal browser.`)}">
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
${head}
  </head>
  <body>
${body}
  </body>
</html>
`;
}

const TITLE = `Modifica dei contenuti · ${site.name}`;

/** The CMS's page: it builds its whole interface from the script. */
function editorPage(): string {
  return page(
    TITLE,
    [
      `    <link rel="cms-config-url" href="${routes.admin()}${CMS_CONFIG_FILE}" type="application/yaml">`,
      `    <script type="module" src="${routes.admin()}${CMS_BUNDLE_FOLDER}/${CMS_ENTRY_FILE}"></script>`,
    ].join("\n"),
    `    <noscript>
      <p>La modifica dei contenuti dal browser richiede JavaScript: attivalo in questo browser.</p>
    </noscript>`,
  );
}

/** What /admin/ says while the repository and the authenticator are not known. */
function notConfiguredPage(): string {
  return page(
    TITLE,
    `    <style>
      body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; }
    </style>`,
    `    <main>
      <h1>La modifica dal browser non è ancora configurata</h1>
      <p>
        Questo sito non ha ancora il collegamento al repository GitHub e al servizio di accesso che
        servono per modificare i contenuti dal browser. Chi gestisce la pubblicazione deve impostare
        le variabili <code>CMS_GITHUB_REPO</code> e <code>CMS_AUTH_URL</code> (vedi il README).
      </p>
      <p>
        Nel frattempo i contenuti si modificano come sempre, con i file Markdown nella cartella
        <code>content/</code> del repository, come spiega la guida <code>EDITING.md</code>.
      </p>
      <p><a href="${routes.home()}">Torna al sito</a></p>
    </main>`,
  );
}

export interface AdminResult {
  configured: boolean;
  /** Whether the CMS's bundle was reused from an earlier build. */
  bundleFromCache?: boolean;
}

/** Writes /admin/ and its headers into a built site. */
export async function writeAdmin(outDir: string, settings: DeploySettings): Promise<AdminResult> {
  const folder = path.join(outDir, routes.admin());
  mkdirSync(folder, { recursive: true });
  const { cms } = settings;
  appendFileSync(
    path.join(outDir, "_headers"),
    `\n# The browser editor (scripts/build/cms/admin.ts): its own policy, on top of the site-wide one.\n${routes.admin()}*\n  Content-Security-Policy: ${adminContentSecurityPolicy(cms)}\n  X-Robots-Tag: noindex, nofollow\n`,
  );
  if (!cms) {
    writeFileSync(path.join(folder, "index.html"), notConfiguredPage());
    return { configured: false };
  }
  writeFileSync(
    path.join(folder, CMS_CONFIG_FILE),
    `# Generato dagli schemi in src/schemas/ e da src/collections.ts a ogni build: non modificare a mano.\n# yaml-language-server: $schema=${CMS_JSON_SCHEMA}\n${stringify(
      cmsConfig(cms, settings.url),
      { aliasDuplicateObjects: false, lineWidth: 0 },
    )}`,
  );
  const { fromCache } = await writeCmsBundle(path.join(folder, CMS_BUNDLE_FOLDER));
  writeFileSync(path.join(folder, "index.html"), editorPage());
  return { configured: true, bundleFromCache: fromCache };
}
