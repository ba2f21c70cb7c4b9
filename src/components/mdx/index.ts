import Callout from "./Callout.astro";
import Download from "./Download.astro";
import Figure from "./Figure.astro";
import MemberCard from "./MemberCardById.astro";
import MemberList from "./MemberList.astro";
import ProvinceMap from "./ProvinceMap.astro";

/**
 * The components editors may use in MDX files without importing them: every page that renders
 * content, and the feeds, pass this same map. EDITING.md documents each with an example.
 */
export const mdxComponents = { Callout, Download, Figure, MemberCard, MemberList, ProvinceMap };
