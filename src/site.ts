/** The site's settings, in one place. Deploy-time values come from the environment. */
import { routes } from "./routes.ts";

/** The reserved .example domain stands in until the public address is known. */
export const DEFAULT_SITE_URL = "https://distretto-auto.example";

// Astro fills import.meta.env; plain Node scripts (the content check) have only process.env.
const env: Partial<Record<string, string>> =
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined under plain Node, whatever its type says
  import.meta.env ?? process.env;
const optional = (value: string | undefined) => value?.trim() ?? "";

export const site = {
  name: "Distretto milanese dell'auto",
  shortName: "Distretto auto",
  tagline: "Il sistema produttivo dell'automotive lombardo",
  /** The public address, set by SITE_URL in astro.config.mjs. */
  url: new URL(env["SITE"] || env["SITE_URL"] || DEFAULT_SITE_URL),
  language: "it",
  locale: "it_IT",
  contactEmail: optional(env["PUBLIC_CONTACT_EMAIL"]),
  joinEndpoint: optional(env["PUBLIC_JOIN_ENDPOINT"]),
  subscribeEndpoint: optional(env["PUBLIC_SUBSCRIBE_ENDPOINT"]),
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
} as const;

export interface NavigationLink {
  href: string;
  label: string;
}

export const mainNavigation: readonly NavigationLink[] = [
  { href: routes.district(), label: "Il distretto" },
  { href: routes.committee(), label: "Comitato" },
  { href: routes.members(), label: "Membri" },
  { href: routes.news(), label: "Notizie" },
  { href: routes.join(), label: "Aderisci" },
];
