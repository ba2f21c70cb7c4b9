import {
  extendedContent,
  extendedDist,
  fixtureContent,
  fixtureDist,
  fixtureEnvironment,
  realContent,
  realSiteDist,
} from "./build-site";

/** A content folder and the site the global setup builds from it. */
export interface BuiltSite {
  /** How test names call it. */
  name: string;
  content: string;
  dist: string;
  /** Settings besides testEnvironment; only the fixture sets the form endpoints. */
  env: Record<string, string>;
}

export const realSite: BuiltSite = {
  name: "the real site",
  content: realContent,
  dist: realSiteDist,
  env: {},
};
export const fixtureSite: BuiltSite = {
  name: "the fixture site",
  content: fixtureContent,
  dist: fixtureDist,
  env: fixtureEnvironment,
};
export const extendedSite: BuiltSite = {
  name: "the real site with a new member, seat, article and district page",
  content: extendedContent,
  dist: extendedDist,
  env: {},
};

/** Every site the global setup builds, for tests that must hold on any content. */
export const builtSites: readonly BuiltSite[] = [realSite, fixtureSite, extendedSite];

/** `describe.each` rows: the site's name, then the site. */
export const siteRows = (sites: readonly BuiltSite[] = builtSites) =>
  sites.map((site) => [site.name, site] as const);
