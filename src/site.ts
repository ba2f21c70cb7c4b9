/** The site's settings, in one place. Deploy-time values come from the environment. */
import { readDeploySettings } from "./lib/site/deploy-settings.ts";
import { joinOffer } from "./lib/members/join-offer.ts";
import { routes } from "./routes.ts";
import { t } from "./i18n/it.ts";

// Astro fills import.meta.env, where SITE_URL has already become the configured `site`
// (astro.config.mjs); plain Node scripts (the content check) have only process.env.
const astroEnv = import.meta.env as Partial<Record<string, string>> | undefined;
const deploy = readDeploySettings(
  astroEnv ? { ...astroEnv, SITE_URL: astroEnv["SITE"] } : process.env,
);

export const site = {
  name: "Distretto milanese dell'auto",
  shortName: "Distretto auto",
  tagline: "Il sistema produttivo dell'automotive lombardo",
  /** The public address (SITE_URL). */
  url: deploy.url,
  language: "it",
  locale: "it_IT",
  contactEmail: deploy.contactEmail,
  joinEndpoint: deploy.joinEndpoint,
  /** How a reader applies to join with these settings: the form, an e-mail, or not yet. */
  joinOffer: joinOffer(deploy),
  /** listmonk's address and the lists the updates form subscribes to, once they are known. */
  subscribe: deploy.subscribe,
  /**
   * How long a form sent in the page waits for the service's answer before saying it did not
   * come: form services answer in a second or two, and a browser alone would wait minutes.
   */
  formTimeoutSeconds: 20,
  defaultAuthor: "Redazione",
  /** The district page with the territory map, which the home page's province count links to. */
  territoryPageId: "territorio",
  newsPerPage: 12,
  homeNewsCount: 3,
  homeEventsCount: 3,
  /**
   * Articles published in this many months up to the newest one get a social card drawn from
   * their title (`<address>card.png`); older ones show the site's card when shared, as do pages
   * that are not articles. Articles with a hero image share that image instead.
   */
  ownSocialCardMonths: 12,
} as const;

export interface NavigationLink {
  href: string;
  label: string;
}

/** The main navigation in one language's words and addresses. */
export function navigationIn(
  addresses: Pick<typeof routes, NavigationSection>,
  labels: Record<NavigationSection, string>,
): NavigationLink[] {
  return NAVIGATION_SECTIONS.map((section) => ({
    href: addresses[section](),
    label: labels[section],
  }));
}

const NAVIGATION_SECTIONS = [
  "district",
  "committee",
  "members",
  "news",
  "events",
  "groups",
  "join",
] as const;
type NavigationSection = (typeof NAVIGATION_SECTIONS)[number];

/** The Italian main navigation. */
export const mainNavigation: readonly NavigationLink[] = navigationIn(routes, t.navigation);
