import type { ImageMetadata } from "astro";
import { getImage } from "astro:assets";

/**
 * A hero image as shared and described to machines: a JPEG at most 1200 px wide, or at most
 * `maxWidth` where it is shown narrower (the newsletter's column).
 */
export async function heroShareImage(hero: { src: ImageMetadata; alt: string }, maxWidth = 1200) {
  const width = Math.min(maxWidth, hero.src.width);
  const image = await getImage({ src: hero.src, width, format: "jpeg" });
  return {
    url: image.src,
    alt: hero.alt,
    width,
    height: Math.round((hero.src.height * width) / hero.src.width),
  };
}
