/**
 * Social card images (1200×630) drawn from a title, in the site's colours. Each costs about
 * 30 ms to draw, so a card is cached by a hash of everything that shapes it.
 */
import { Resvg } from "@resvg/resvg-js";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import satori from "satori";
import sharp from "sharp";
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from "./card-image.ts";
import { cachedCard, cardCacheKey, packageVersion, readCachedCard } from "./social-card-cache.ts";

/** Change when the drawing changes, so old cached cards are not reused. */
const TEMPLATE_VERSION = "2";

/**
 * What draws a card, with its version: a new font or renderer may draw the same card otherwise,
 * so each is part of the cache key. sharp brings its own libvips.
 */
export const drawingTools: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ["satori", "@resvg/resvg-js", "sharp", "@fontsource/noto-sans"].map((name) => [
      name,
      packageVersion(name),
    ]),
  ),
  libvips: sharp.versions.vips,
};

const require = createRequire(import.meta.url);
const fontFile = (weight: number) =>
  require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700 }[]> | undefined;
const loadFonts = () =>
  (fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: "Noto Sans",
      data: await readFile(fontFile(weight)),
      weight,
    })),
  ));

function drawing({ title, kicker, siteName }: CardText) {
  const text = (content: string, style: Record<string, unknown>) => ({
    type: "div",
    props: { style: { display: "flex", ...style }, children: content },
  });
  return {
    type: "div",
    props: {
      style: {
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        boxSizing: "border-box",
        padding: "72px 80px",
        background: "#0b4a6f",
        color: "#ffffff",
        fontFamily: "Noto Sans",
      },
      children: [
        text(kicker, { fontSize: 34, color: "#f4c7a1", fontWeight: 700 }),
        text(title, { fontSize: title.length > 70 ? 58 : 70, fontWeight: 700, lineHeight: 1.15 }),
        text(siteName, { fontSize: 32, borderTop: "4px solid #f4a261", paddingTop: 24 }),
      ],
    },
  };
}

async function draw(card: CardText): Promise<Buffer> {
  const svg = await satori(drawing(card) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  });
  const image = new Resvg(svg, { fitTo: { mode: "width", value: CARD_WIDTH } }).render();
  // sharp without adaptive filtering encodes twice as fast as resvg, and smaller (29 KB, not 35).
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
}

const cacheKey = (text: CardText) => cardCacheKey({ TEMPLATE_VERSION, drawingTools, text });

/** A card, from the cache when the same card was drawn before by the same tools. */
const card = (text: CardText) => cachedCard(cacheKey(text), () => draw(text));

/** The PNG of a card drawn before by the same tools, if the cache holds it whole. */
export function cachedSocialCardPng(text: CardText): Promise<Buffer | undefined> {
  return readCachedCard(cacheKey(text));
}

/** The PNG of a card, from the cache when the same card was drawn before. */
export async function socialCardPng(text: CardText): Promise<Buffer> {
  return (await card(text)).png;
}

/** Writes a card to `target`, from the cache or drawn; tells whether it had to be drawn. */
export async function writeSocialCard(text: CardText, target: string): Promise<boolean> {
  const { png, drawn } = await card(text);
  await writeFile(target, png);
  return drawn;
}
