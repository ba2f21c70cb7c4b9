/** The site's settings, in one place. Deploy-time values come from the environment. */

const optional = (value: string | undefined) => value?.trim() ?? "";

export const site = {
  name: "Distretto milanese dell'auto",
  shortName: "Distretto auto",
  tagline: "Il sistema produttivo dell'automotive lombardo",
  /** The public address, set by SITE_URL in astro.config.mjs. */
  url: new URL(import.meta.env.SITE),
  language: "it",
  locale: "it_IT",
  contactEmail: optional(import.meta.env.PUBLIC_CONTACT_EMAIL),
  joinEndpoint: optional(import.meta.env.PUBLIC_JOIN_ENDPOINT),
  subscribeEndpoint: optional(import.meta.env.PUBLIC_SUBSCRIBE_ENDPOINT),
  defaultAuthor: "Redazione",
  /** The district page whose text opens /aderisci/, the one page for joining. */
  joinPageId: "come-aderire",
  joinPath: "/aderisci/",
  newsPerPage: 12,
  homeNewsCount: 3,
} as const;

export interface NavigationLink {
  href: string;
  label: string;
}

export const mainNavigation: readonly NavigationLink[] = [
  { href: "/distretto/", label: "Il distretto" },
  { href: "/comitato/", label: "Comitato" },
  { href: "/membri/", label: "Membri" },
  { href: "/notizie/", label: "Notizie" },
  { href: "/aderisci/", label: "Aderisci" },
];
