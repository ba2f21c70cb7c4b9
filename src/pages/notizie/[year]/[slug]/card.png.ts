import type { APIRoute, GetStaticPaths } from "astro";
import { t } from "../../../../i18n/it.ts";
import { formatItalianDate } from "../../../../lib/dates.ts";
import { getSiteData, type ArticleWithLinks } from "../../../../lib/site-data.ts";
import { socialCardPng } from "../../../../lib/social-card.ts";
import { site } from "../../../../site.ts";

/** A card for each article without a hero image of its own. */
export const getStaticPaths = (async () => {
  const { articles } = await getSiteData();
  return articles
    .filter((article) => !article.entry.data.image)
    .map((article) => ({ params: { year: article.year, slug: article.slug }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleWithLinks }> = async ({ props: { article } }) => {
  const png = await socialCardPng({
    title: article.entry.data.title,
    kicker: `${t.newsSection} · ${formatItalianDate(article.pubDate)}`,
    siteName: site.name,
  });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
