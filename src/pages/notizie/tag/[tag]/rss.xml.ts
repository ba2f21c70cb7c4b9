import type { APIRoute, GetStaticPaths } from "astro";
import { t } from "../../../../i18n/it.ts";
import { newsFeed } from "../../../../lib/feeds/feed.ts";
import { getSiteData } from "../../../../lib/data/site-data.ts";
import type { TaggedItems } from "../../../../lib/news/tags.ts";
import type { ArticleWithLinks } from "../../../../lib/data/site-types.ts";
import { routes } from "../../../../routes.ts";
import { site } from "../../../../site.ts";

export const getStaticPaths = (async () => {
  const { tags } = await getSiteData();
  return tags.map((tag) => ({ params: { tag: tag.slug }, props: { tag } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: TaggedItems<ArticleWithLinks> }> = ({ props: { tag } }) =>
  newsFeed({
    title: `${site.name}: ${t.tagTitle(tag.label)}`,
    description: t.tagDescription(tag.label),
    selfPath: routes.tagFeed(tag.slug),
    pagePath: routes.tag(tag.slug),
    articles: tag.items,
  });
