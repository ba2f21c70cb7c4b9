// Renders the PNG icons (touch icon, manifest icons) from public/favicon.svg.
// Run with `npm run icons` after changing the wordmark; the PNGs are committed.
import { readFile } from "node:fs/promises";
import sharp from "sharp";

const svg = await readFile(new URL("../../public/favicon.svg", import.meta.url));
const sizes = { "apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512 };

for (const [name, size] of Object.entries(sizes)) {
  await sharp(svg, { density: 72 * (size / 32) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(new URL(`../../public/${name}`, import.meta.url).pathname);
}
