/**
 * Writes a synthetic district into a content folder: N news articles, M members, working groups
 * and events, and the real committee, district pages and standalone pages (with the four real
 * members the committee names). Deterministic: the same sizes give the same files.
 */
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { toSlug } from "../../../src/lib/text/slugs.ts";
import { MEMBER_TYPES, type MemberType } from "../../../src/schemas/members.ts";
import { articleBody, type ArticleLink } from "./article-text.ts";
import { writeEvents, writeGroups } from "./events.ts";
import { registry } from "../../../src/collections.ts";
import { routes } from "../../../src/routes.ts";
import { createRandom, type Random } from "./random.ts";
import {
  AUTHORS,
  COMPANY_WORDS,
  EXTRA_TAGS,
  PERIODS,
  PLACES,
  SECTORS,
  THEMES,
  TITLES,
  withPreposition,
} from "./vocabulary.ts";

/** The real members the committee refers to. */
const REAL_MEMBERS = ["politecnico-di-milano", "kilometro-rosso", "comunimprese", "csmt-gestione"];
/** One article in this many is MDX. */
const MDX_EVERY = 25;
/** Articles are spread evenly over these days (the last one before the real site's first). */
const FIRST_DAY = Date.UTC(2017, 0, 9);
const LAST_DAY = Date.UTC(2026, 10, 20);

export interface GeneratedSite {
  articles: number;
  members: number;
  /** Published events (drafts left out) and working groups. */
  events: number;
  groups: number;
  withImage: number;
  mdx: number;
  /**
   * Articles without a hero image: those of the last twelve months get a drawn social card
   * (`site.ownSocialCardMonths`), which the build's log counts.
   */
  socialCards: number;
}

interface SyntheticMember {
  id: string;
  name: string;
}

const yaml = (text: string) => JSON.stringify(text);

function memberName(random: Random, type: MemberType): string {
  const place = random.pick(COMPANY_WORDS.names);
  switch (type) {
    case "impresa":
      return `${random.pick(COMPANY_WORDS.kinds)} ${place} ${random.pick(COMPANY_WORDS.suffixes)}`;
    case "universita":
      return `Centro universitario di ingegneria ${place}`;
    case "associazione":
      return `Associazione imprese meccaniche ${place}`;
    case "istituzione":
      return `Agenzia per lo sviluppo ${place}`;
    case "consorzio":
      return `Consorzio ${place} ${random.pick(["Automotive", "Componenti", "Innovazione"])} Scarl`;
    case "ricerca":
      return `Laboratorio di ricerca ${place}`;
  }
}

function writeMembers(random: Random, folder: string, count: number): SyntheticMember[] {
  const members: SyntheticMember[] = [];
  const taken = new Set(REAL_MEMBERS);
  for (let i = 0; i < count; i++) {
    // Mostly companies, as in any district.
    const type: MemberType = random.next() < 0.7 ? "impresa" : random.pick(MEMBER_TYPES);
    const name = memberName(random, type);
    let id = toSlug(name);
    for (let n = 2; taken.has(id); n++) id = `${toSlug(name)}-${n}`;
    taken.add(id);
    const place = random.pick(PLACES);
    const city = random.pick(place.cities);
    const lines = [
      "---",
      `name: ${yaml(name)}`,
      `type: ${type}`,
      `province: ${place.province}`,
      `city: ${yaml(city)}`,
      `website: "https://www.${id}.example/"`,
      `sectors: [${random
        .sample(SECTORS, random.int(1, 3))
        .map((sector) => yaml(sector))
        .join(", ")}]`,
    ];
    if (random.next() < 0.3)
      lines.push(`joined: 2026-11-${String(random.int(1, 20)).padStart(2, "0")}`);
    lines.push("---", "");
    const theme = random.pick(THEMES);
    lines.push(
      `${name} ha sede a ${city} e lavora nel settore automotive, con particolare attenzione ${withPreposition("a", theme.phrase)}.`,
      "",
      `Nel distretto porta la propria esperienza e cerca partner con cui condividere progetti ${random.pick(PERIODS)}.`,
      "",
    );
    writeFileSync(path.join(folder, `${id}.md`), lines.join("\n"));
    members.push({ id, name });
  }
  return members;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

/** Generates the whole content folder. `images` are JPEG files to copy next to some articles. */
export function generateSite(options: {
  projectRoot: string;
  contentDir: string;
  articles: number;
  members: number;
  events: number;
  groups: number;
  images: readonly string[];
  /** One article in this many gets a hero image. */
  imageEvery: number;
}): GeneratedSite {
  const { projectRoot, contentDir, images } = options;
  const random = createRandom(20261130 + options.articles);
  rmSync(contentDir, { recursive: true, force: true });
  const folderOf = (collection: keyof typeof registry) =>
    path.join(contentDir, registry[collection].folder);
  for (const collection of ["news", "members"] as const) {
    mkdirSync(folderOf(collection), { recursive: true });
  }
  // The real committee, district and standalone pages, and the members the committee names.
  for (const collection of ["committee", "district", "pages"] as const) {
    const { folder } = registry[collection];
    cpSync(path.join(projectRoot, "content", folder), folderOf(collection), { recursive: true });
  }
  for (const id of REAL_MEMBERS) {
    copyFileSync(
      path.join(projectRoot, "content", registry.members.folder, `${id}.md`),
      path.join(folderOf("members"), `${id}.md`),
    );
  }
  const members = writeMembers(random, folderOf("members"), options.members);
  // Groups and events draw from a stream of their own, so the articles stay those of earlier runs.
  const eventRandom = createRandom(20261130 + options.articles + 1);
  const memberIds = members.map((member) => member.id);
  const groups = writeGroups(eventRandom, folderOf("groups"), options.groups, memberIds);
  const events = writeEvents(eventRandom, folderOf("events"), options.events, memberIds, groups);

  const published: ArticleLink[] = [];
  const usedSlugs = new Set<string>();
  let withImage = 0;
  let mdx = 0;
  const step = options.articles > 1 ? (LAST_DAY - FIRST_DAY) / (options.articles - 1) : 0;
  for (let i = 0; i < options.articles; i++) {
    const day = FIRST_DAY + Math.round((i * step) / 86_400_000) * 86_400_000;
    const pubDate = isoDay(day);
    const year = pubDate.slice(0, 4);
    const theme = random.pick(THEMES);
    const place = random.pick(PLACES);
    const title = fill(random.pick(TITLES), {
      short: theme.short,
      luogo: place.where,
      n: String(random.int(3, 40)),
    });
    const title0 = title.charAt(0).toUpperCase() + title.slice(1);
    const baseSlug = toSlug(title0);
    let slug = baseSlug;
    for (let n = 2; usedSlugs.has(`${year}/${slug}`); n++) slug = `${baseSlug}-${n}`;
    usedSlugs.add(`${year}/${slug}`);
    const folder = path.join(folderOf("news"), year);
    mkdirSync(folder, { recursive: true });

    const featured = random.sample(members, random.int(0, 2));
    const tags = [...new Set([theme.tag, ...random.sample(EXTRA_TAGS, random.int(1, 3))])];
    const isMdx = i % MDX_EVERY === MDX_EVERY - 1;
    const hasImage = images.length > 0 && i % options.imageEvery === options.imageEvery - 1;
    const frontmatter = [
      "---",
      `title: ${yaml(title0)}`,
      `description: ${yaml(
        `Un aggiornamento dal distretto milanese dell'auto ${withPreposition("su", theme.phrase)}: chi partecipa, che cosa è previsto e come seguire le prossime attività ${place.where}.`,
      )}`,
      `pubDate: ${pubDate}`,
    ];
    if (random.next() < 0.1)
      frontmatter.push(
        `updatedDate: ${isoDay(Math.min(day + 86_400_000 * random.int(1, 30), LAST_DAY))}`,
      );
    if (random.next() < 0.5) frontmatter.push(`author: ${yaml(random.pick(AUTHORS))}`);
    frontmatter.push(`tags: [${tags.map((tag) => yaml(tag)).join(", ")}]`);
    if (featured.length > 0)
      frontmatter.push(`members: [${featured.map((member) => member.id).join(", ")}]`);
    if (groups.length > 0 && i % 10 === 4) {
      frontmatter.push(`groups: [${eventRandom.pick(groups).id}]`);
    }
    if (hasImage) {
      const image = images[withImage % images.length] as string;
      copyFileSync(image, path.join(folder, `${slug}.jpg`));
      frontmatter.push(
        "image:",
        `  src: ./${slug}.jpg`,
        `  alt: ${yaml(`Immagine astratta nei colori del distretto, a corredo dell'articolo su ${theme.short}`)}`,
      );
      withImage++;
    }
    frontmatter.push("---", "");
    const body = articleBody(random, {
      theme,
      place: place.where,
      members: members.length > 0 ? random.sample(members, 3) : [],
      earlier: published.length > 0 ? random.pick(published.slice(-200)) : undefined,
      callout: isMdx,
      words: random.int(480, 740),
    });
    writeFileSync(
      path.join(folder, `${slug}.${isMdx ? "mdx" : "md"}`),
      frontmatter.join("\n") + body,
    );
    if (isMdx) mdx++;
    published.push({ title: title0, url: routes.article({ year, slug }) });
  }
  return {
    articles: options.articles,
    members: options.members + REAL_MEMBERS.length,
    events,
    groups: groups.length,
    withImage,
    mdx,
    socialCards: options.articles - withImage,
  };
}
