/**
 * The browser editor at /admin/: Sveltia CMS, bundled from node_modules at build time and served
 * from the site's own origin. It reads its configuration from /admin/config.yml, which the build
 * generates from the schemas.
 */
import CMS from "@sveltia/cms";

/** Where Sveltia keeps an editor's preferences, the interface language among them. */
const PREFERENCES = "sveltia-cms.prefs";

// Sveltia has no setting for its interface language: it follows the browser's. The district's
// editors work in Italian, so Italian is their starting language; one chosen in the CMS's own
// settings is kept.
try {
  const preferences = JSON.parse(localStorage.getItem(PREFERENCES) ?? "{}") as Record<
    string,
    unknown
  >;
  if (!preferences["locale"]) {
    localStorage.setItem(PREFERENCES, JSON.stringify({ ...preferences, locale: "it" }));
  }
} catch {
  // Storage refused (private browsing): the browser's language it is.
}

void CMS.init();
