import { routes } from "../../routes.ts";
import { site } from "../../site.ts";
import { cardImage } from "../social-cards/card-image.ts";

/** What a page shows when shared, if it has no image of its own: the site's card. */
export const siteCardImage = cardImage(routes.socialCard(), site.name);

/** "Comitato · Distretto milanese dell'auto"; the home page carries the name and tagline. */
export function pageTitle(title: string, isHome: boolean): string {
  return isHome ? `${site.name}: ${site.tagline}` : `${title} · ${site.name}`;
}

/** A site address as the full URL that feeds, JSON-LD and shared links need. */
export function absoluteUrl(address: string): string {
  return new URL(address, site.url).href;
}
