import sharp from "sharp";
import { writeSocialCard, articleCard } from "./src/lib/social-card.ts";
if (process.env.C1) { sharp.concurrency(1); sharp.cache(false); }
const t = performance.now(); const c0 = process.cpuUsage();
for (let i = 0; i < 60; i++) await writeSocialCard(articleCard(`Titolo di prova numero ${i} ${process.env.C1 ?? ""} ${Date.now()}`, new Date(), "Distretto milanese dell'auto"), `/tmp/cardtest-${i}.png`);
const c = process.cpuUsage(c0);
console.log(process.env.C1 ? "c1" : "default", ((performance.now() - t) / 60).toFixed(1), "ms/card wall", (c.user / 60000).toFixed(1), "user", (c.system / 60000).toFixed(1), "sys");
