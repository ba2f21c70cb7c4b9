import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { drawingTools, writeSocialCard } from "./social-card.ts";
import { isWholePng } from "./social-card-cache.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "schede-"));
const cacheDir = path.join(root, "cache");
vi.stubEnv("SOCIAL_CARD_CACHE", cacheDir);
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

const card = { title: "Motori e batterie", kicker: "Notizie · 4 dicembre 2018", siteName: "Prova" };
const cachedFiles = () => readdirSync(cacheDir).map((name) => path.join(cacheDir, name));
const target = (name: string) => path.join(root, name);

describe("the social card cache", () => {
  it("draws a card once, then reuses it", async () => {
    expect(await writeSocialCard(card, target("prima.png"))).toBe(true);
    expect(await writeSocialCard(card, target("seconda.png"))).toBe(false);
    expect(readFileSync(target("seconda.png"))).toEqual(readFileSync(target("prima.png")));
  });

  it("draws again a cached card that stops short, and caches it whole", async () => {
    await writeSocialCard(card, target("intera.png"));
    const [cached] = cachedFiles();
    if (!cached) throw new Error("no cached card");
    const whole = readFileSync(cached);
    writeFileSync(cached, whole.subarray(0, whole.length / 2));

    expect(await writeSocialCard(card, target("ridisegnata.png"))).toBe(true);

    const redrawn = readFileSync(target("ridisegnata.png"));
    expect(isWholePng(redrawn)).toBe(true);
    expect(await sharp(redrawn).metadata()).toMatchObject({ width: 1200, height: 630 });
    expect(readFileSync(cached)).toEqual(redrawn);
    expect(await writeSocialCard(card, target("dalla-cache.png"))).toBe(false);
  });

  it("draws again a card cached by other versions of the drawing tools", async () => {
    await writeSocialCard(card, target("attuale.png"));
    const tools = drawingTools as Record<string, string>;
    const installed = tools["@fontsource/noto-sans"] ?? "";
    tools["@fontsource/noto-sans"] = "0.0.0-prova";
    try {
      expect(await writeSocialCard(card, target("altro-font.png"))).toBe(true);
    } finally {
      tools["@fontsource/noto-sans"] = installed;
    }
  });

  it("keys the cards by the installed versions of satori, resvg, sharp and libvips, and the font", () => {
    const installed = (name: string) =>
      (
        JSON.parse(readFileSync(path.resolve("node_modules", name, "package.json"), "utf8")) as {
          version: string;
        }
      ).version;
    expect(drawingTools).toEqual({
      satori: installed("satori"),
      "@resvg/resvg-js": installed("@resvg/resvg-js"),
      sharp: installed("sharp"),
      "@fontsource/noto-sans": installed("@fontsource/noto-sans"),
      libvips: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});

describe("a whole PNG", () => {
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==",
    "base64",
  );

  it("starts with the PNG signature and ends with the IEND chunk", () => {
    expect(isWholePng(png)).toBe(true);
  });

  it("is not a file cut short, an empty file or another format", () => {
    expect(isWholePng(png.subarray(0, png.length - 1))).toBe(false);
    expect(isWholePng(png.subarray(0, 20))).toBe(false);
    expect(isWholePng(Buffer.alloc(0))).toBe(false);
    expect(isWholePng(Buffer.from("GIF89a").subarray(0))).toBe(false);
  });
});
