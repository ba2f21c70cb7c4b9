import { site } from "../site.ts";

/** "Comitato · Distretto milanese dell'auto"; the home page carries the name and tagline. */
export function pageTitle(title: string, isHome: boolean): string {
  return isHome ? `${site.name}: ${site.tagline}` : `${title} · ${site.name}`;
}
