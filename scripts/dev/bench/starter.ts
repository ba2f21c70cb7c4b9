/**
 * The yardstick of the build's limits (issue 26): the official Astro blog starter, building the
 * same articles as the synthetic district. `bench/starter/` is a copy of the starter
 * (`examples/blog` of withastro/astro at 99d3d3d, August 2026; MIT licence), its sample posts
 * left out; it runs on this project's own Astro and integrations, the versions it asks for.
 * Each article becomes a post with the starter's fields (title, description, dates, hero
 * image): no tags, members, search, social cards or events, which is what the ratio measures.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { registry } from "../../../src/collections.ts";
import { measureProcess, type ProcessMeasure } from "./measure-process.ts";

const projectRoot = path.resolve(import.meta.dirname, "../../..");
const template = path.join(projectRoot, "bench", "starter");
const astroBin = path.join(projectRoot, "node_modules/astro/bin/astro.mjs");

/**
 * An article as a starter post: the fields the starter's schema knows, the body as written. The
 * starter has no `<Callout>`, so an MDX article's becomes an `<aside>`: still MDX, compiled as
 * such.
 */
export function starterPost(article: string): string {
  const [, frontmatter = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(article) ?? [];
  const data = parse(frontmatter) as Record<string, unknown> & { image?: { src: string } };
  const post = {
    title: data["title"],
    description: data["description"],
    pubDate: data["pubDate"],
    updatedDate: data["updatedDate"],
    heroImage: data.image?.src,
  };
  const starterBody = body
    .replace(/<Callout\b[^>]*>/g, "<aside>")
    .replaceAll("</Callout>", "</aside>");
  return `---\n${stringify(post)}---\n${starterBody}`;
}

/** Writes the starter into `siteDir` with the articles of a generated district as its posts. */
export function writeStarterSite(contentDir: string, siteDir: string): number {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(template, siteDir, { recursive: true });
  const newsDir = path.join(contentDir, registry.news.folder);
  const postsDir = path.join(siteDir, "src", "content", "blog");
  let posts = 0;
  for (const name of readdirSync(newsDir, { recursive: true, encoding: "utf8" })) {
    const source = path.join(newsDir, name);
    const target = path.join(postsDir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    if (/\.mdx?$/.test(name)) {
      writeFileSync(target, starterPost(readFileSync(source, "utf8")));
      posts++;
    } else if (/\.(jpe?g|png|webp)$/.test(name)) {
      cpSync(source, target);
    }
  }
  return posts;
}

/**
 * `astro build` of the starter written by `writeStarterSite`: `cold` empties Astro's cache (its
 * content store and optimized images) first, as the district's cold build does.
 */
export async function buildStarter(siteDir: string, cold: boolean): Promise<ProcessMeasure> {
  rmSync(path.join(siteDir, "dist"), { recursive: true, force: true });
  if (cold) {
    rmSync(path.join(siteDir, "node_modules", ".astro"), { recursive: true, force: true });
    rmSync(path.join(siteDir, ".astro"), { recursive: true, force: true });
  }
  const measure = await measureProcess(process.execPath, [astroBin, "build"], {
    cwd: siteDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (measure.status !== 0) {
    const tail = measure.lines.slice(-20).map((line) => line.text);
    throw new Error(`La build dello starter è fallita:\n${tail.join("\n")}`);
  }
  return measure;
}
