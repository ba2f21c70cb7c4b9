/**
 * An entry's body as standalone HTML, with absolute addresses, for where the site's pages are
 * not around it: a feed reader, an e-mail. Rendered once per build, whoever asks.
 */
import { getContainerRenderer as mdxRenderer } from "@astrojs/mdx/container-renderer";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { loadRenderers } from "astro:container";
import { render, type CollectionEntry, type CollectionKey } from "astro:content";
import { mdxComponents } from "../../components/mdx/index.ts";
import { absolutizeHtml } from "./absolute-urls.ts";
import { absoluteUrl } from "../site/page-meta.ts";

let container: Promise<AstroContainer> | undefined;
const renderedHtml = new Map<string, Promise<string>>();

/** The container that renders bodies and e-mails outside a page, with MDX's renderer. */
export function componentRenderer(): Promise<AstroContainer> {
  container ??= loadRenderers([mdxRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers }),
  );
  return container;
}

/** The body of an entry published at `pagePath`, its links and images made absolute from there. */
export function entryHtml(
  entry: CollectionEntry<CollectionKey>,
  pagePath: string,
): Promise<string> {
  // By file: an English article is its original seen in English, with the original's id.
  const key = entry.filePath ?? `${entry.collection}/${entry.id}`;
  let html = renderedHtml.get(key);
  if (!html) {
    html = (async () => {
      const { Content } = await render(entry);
      const body = await (
        await componentRenderer()
      ).renderToString(Content, { props: { components: mdxComponents } });
      return absolutizeHtml(body, absoluteUrl(pagePath));
    })();
    renderedHtml.set(key, html);
  }
  return html;
}
