/**
 * Social card images (1200×630) drawn at build time from a title, in the site's colours.
 * Each costs about 40 ms to draw, so a card is cached by a hash of everything that shapes it.
 */
import { Resvg } from "@resvg/resvg-js";
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import satori from "satori";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Change when the drawing changes, so old cached cards are not reused. */
const TEMPLATE_VERSION = "1";

const cacheDir = path.resolve(process.env["SOCIAL_CARD_CACHE"] ?? ".cache/social-cards");
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

export interface CardText {
  /** The big line: an article's title. */
  title: string;
  /** The small line above it: the section or the date. */
  kicker: string;
  /** The site's name, at the foot of the card. */
  siteName: string;
}

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

/** The PNG of a card, from the cache when the same card was drawn before. */
export async function socialCardPng(card: CardText): Promise<Buffer> {
  const key = createHash("sha256")
    .update(JSON.stringify({ TEMPLATE_VERSION, ...card }))
    .digest("hex")
    .slice(0, 32);
  const cached = path.join(cacheDir, `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet: draw it below.
  }
  const svg = await satori(drawing(card) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: "width", value: CARD_WIDTH } }).render().asPng();
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cached, png);
  return png;
}
