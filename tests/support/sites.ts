import {
  extendedContent,
  extendedDist,
  extendedEnvironment,
  fixtureContent,
  fixtureDist,
  fixtureEnvironment,
  realContent,
  realSiteDist,
  realSiteEnvironment,
  testEnvironment,
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
  /** The origin its absolute addresses (canonical, feeds, sitemap) carry. */
  origin: string;
}

const originOf = (env: Record<string, string>) =>
  new URL(env["SITE_URL"] ?? testEnvironment.SITE_URL).origin;

export const realSite: BuiltSite = {
  name: "the real site",
  content: realContent,
  dist: realSiteDist,
  // The deploy's settings where CI sets them: the site the tests check is the one published.
  env: realSiteEnvironment,
  origin: originOf(realSiteEnvironment),
};
export const fixtureSite: BuiltSite = {
  name: "the fixture site",
  content: fixtureContent,
  dist: fixtureDist,
  env: fixtureEnvironment,
  origin: originOf(fixtureEnvironment),
};
export const extendedSite: BuiltSite = {
  name: "the real site with a new member, seat, article, district page and working group",
  content: extendedContent,
  dist: extendedDist,
  env: extendedEnvironment,
  origin: originOf(extendedEnvironment),
};

/** Every site the global setup builds, for tests that must hold on any content. */
export const builtSites: readonly BuiltSite[] = [realSite, fixtureSite, extendedSite];

/** `describe.each` rows: the site's name, then the site. */
export const siteRows = (sites: readonly BuiltSite[] = builtSites) =>
  sites.map((site) => [site.name, site] as const);
