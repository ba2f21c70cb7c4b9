import {
  extendedContent,
  extendedDist,
  extendedEnvironment,
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
  /**
   * Settings besides testEnvironment: the fixture has the forms and the e-mail, the extended site
   * only the e-mail, the real site neither.
   */
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
  name: "the real site with a new member, seat, article, district page and working group",
  content: extendedContent,
  dist: extendedDist,
  env: extendedEnvironment,
};

/** Every site the global setup builds, for tests that must hold on any content. */
export const builtSites: readonly BuiltSite[] = [realSite, fixtureSite, extendedSite];

/** `describe.each` rows: the site's name, then the site. */
export const siteRows = (sites: readonly BuiltSite[] = builtSites) =>
  sites.map((site) => [site.name, site] as const);
