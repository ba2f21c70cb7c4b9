import type { APIRoute } from "astro";
import { articleCardOrder } from "../lib/news/article-meta.ts";
import { getSiteData } from "../lib/data/site-data.ts";
import type { CardOrder } from "../lib/social-cards/card-image.ts";

/**
 * Every card the articles' pages announce, from the same orders the pages take their og:image
 * from; the build's last step draws them and removes this list (scripts/build/finish-build.ts).
 */
export const GET: APIRoute = async () => {
  const { articles, english } = await getSiteData();
  const orders: CardOrder[] = [...articles, ...english.articles].flatMap(
    (article) => articleCardOrder(article) ?? [],
  );
  return new Response(JSON.stringify(orders), {
    headers: { "Content-Type": "application/json" },
  });
};
