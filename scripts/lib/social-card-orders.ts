import { readdirSync } from "node:fs";
import { parse } from "node-html-parser";
import path from "node:path";
import { readPageHead } from "../../src/lib/page-head.ts";
import { ARTICLE_CARD_FILE, articleCard, type CardText } from "../../src/lib/social-card.ts";

/** A card to write: where, and what it says. */
export interface CardOrder {
  target: string;
  card: CardText;
}

/**
 * The card a built page asks for, read from its Open Graph tags: an article whose `og:image` is
 * its generated card gets one drawn from its `og:title`, `article:published_time` and
 * `og:site_name`. What the page announces is thus exactly what gets drawn.
 */
export function cardOrderOf(head: string, outDir: string): CardOrder | undefined {
  if (!head.includes(`/${ARTICLE_CARD_FILE}"`)) return undefined;
  const document = parse(head);
  const meta = (property: string) =>
    document.querySelector(`meta[property="${property}"]`)?.getAttribute("content");
  const image = meta("og:image");
  if (!image) return undefined;
  const imagePath = new URL(image).pathname;
  if (path.posix.basename(imagePath) !== ARTICLE_CARD_FILE) return undefined;
  const title = meta("og:title");
  const published = meta("article:published_time");
  const siteName = meta("og:site_name");
  if (!title || !published || !siteName) {
    throw new Error(
      `${imagePath}: la pagina chiede una scheda social ma le mancano og:title, ` +
        "article:published_time o og:site_name",
    );
  }
  return {
    target: path.join(outDir, decodeURIComponent(imagePath)),
    card: articleCard(title, new Date(published), siteName),
  };
}

/**
 * Every card the pages of a built site ask for, one page at a time: an order's strings are
 * slices of its page's head, which would stay in memory as long as the order (about 250 MB for
 * 5,000 articles if they were all gathered first).
 */
export function* cardOrders(outDir: string): Generator<CardOrder> {
  for (const file of readdirSync(outDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".html")) continue;
    const head = readPageHead(path.join(outDir, file));
    const order = head === undefined ? undefined : cardOrderOf(head, outDir);
    if (order) yield order;
  }
}
