import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { routes } from "../../src/routes.ts";
import type { CardOrder, CardText } from "../../src/lib/social-cards/card-image.ts";

/** A card to write: the file, and what it says. */
export interface CardJob {
  target: string;
  card: CardText;
}

/**
 * The cards the pages of a built site announce, from the list `astro build` wrote beside them
 * (src/pages/social-card-orders.json.ts) from the very orders the pages took their og:image
 * from: reading it costs nothing, where reading 7,000 pages' heads to learn the same took 9 s.
 * The list is removed, since it is not part of the site.
 */
export function takeCardOrders(outDir: string): CardJob[] {
  const file = path.join(outDir, routes.socialCardOrders());
  if (!existsSync(file)) {
    throw new Error(
      `${file} manca: il sito non è stato costruito da questa versione di astro build`,
    );
  }
  const orders = JSON.parse(readFileSync(file, "utf8")) as CardOrder[];
  rmSync(file);
  return orders.map(({ path: address, card }) => ({ target: path.join(outDir, address), card }));
}
