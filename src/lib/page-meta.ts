import { routes } from "../routes.ts";
import { site } from "../site.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "./social-card.ts";

/** What a page shows when shared, if it has no image of its own: the site's card. */
export const siteCardImage = {
  url: routes.socialCard(),
  alt: site.name,
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
};

/** "Comitato · Distretto milanese dell'auto"; the home page carries the name and tagline. */
export function pageTitle(title: string, isHome: boolean): string {
  return isHome ? `${site.name}: ${site.tagline}` : `${title} · ${site.name}`;
}
