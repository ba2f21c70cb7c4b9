import { readFileSync } from "node:fs";

/** Words an adult reads in a minute, a common figure for Italian prose on screen. */
const WORDS_PER_MINUTE = 200;

/** Minutes to read a Markdown body, at least one. */
export function readingMinutes(markdown: string): number {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\]\([^)]*\)/g, "]");
  const words = text.match(/[\p{L}\p{N}’']+/gu)?.length ?? 0;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/;

/**
 * Minutes to read an entry, from its source file. The content store keeps no Markdown bodies
 * (`retainBody: false` in src/content.config.ts): with 5,000 articles they made it 55 MB
 * instead of 32, and Astro bundles the store into the build, which then peaked above 2 GB.
 */
export function readingMinutesOfFile(file: string): number {
  return readingMinutes(readFileSync(file, "utf8").replace(FRONT_MATTER, ""));
}
