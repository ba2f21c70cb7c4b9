/** A few photo-like JPEGs, drawn once with sharp and copied next to the articles that use them. */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { createRandom } from "./random.ts";

const WIDTH = 1600;
const HEIGHT = 900;
const COUNT = 4;

/** Soft colour gradients with grain, so the files weigh what a real photo of that size does. */
function pixels(seed: number): Buffer {
  const random = createRandom(seed);
  const [r0, g0, b0, r1, g1, b1] = Array.from({ length: 6 }, () => random.int(20, 235)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const data = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const t = (x / WIDTH + y / HEIGHT) / 2;
      const wave = Math.sin(x / 37 + seed) * Math.cos(y / 53) * 18;
      const grain = (random.next() - 0.5) * 28;
      const offset = (y * WIDTH + x) * 3;
      data[offset] = Math.max(0, Math.min(255, r0 + (r1 - r0) * t + wave + grain));
      data[offset + 1] = Math.max(0, Math.min(255, g0 + (g1 - g0) * t - wave + grain));
      data[offset + 2] = Math.max(0, Math.min(255, b0 + (b1 - b0) * t + grain));
    }
  }
  return data;
}

/** The image files, drawn into `folder` unless they are already there. */
export async function benchImages(folder: string): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= COUNT; i++) {
    const file = path.join(folder, `immagine-${i}.jpg`);
    if (!existsSync(file)) {
      await sharp(pixels(i), { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
        .jpeg({ quality: 80 })
        .toFile(file);
    }
    files.push(file);
  }
  return files;
}
