import Callout from "./Callout.astro";

/**
 * The components editors may use in MDX files without importing them: every page that renders
 * content, and the feeds, pass this same map.
 */
export const mdxComponents = { Callout };
