/**
 * The real content, extended with one of each thing the secretariat adds: a member with a logo,
 * its committee seat, an article with tags that names it, a district page, and a working group
 * the member coordinates. The general
 * built-site tests run on this site too, so a change to the real content that an editor makes
 * next week is a case the suite has already seen.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { routes } from "../../src/routes.ts";
import { realContent } from "./build-site";

/** What the extension adds, as the tests that look for it need it. */
export const extension = {
  member: {
    id: "officina-delta-di-prova",
    name: "Officina Delta di Prova",
    province: "LC",
    sector: "Collaudi di prova",
  },
  seatRole: "Componente di prova del comitato",
  article: {
    id: "2026/officina-delta-di-prova-aderisce",
    title: "Officina Delta di Prova aderisce al distretto",
    tags: ["Collaudi di prova", "Nuove adesioni di prova"],
  },
  districtPage: {
    id: "pagina-di-prova",
    title: "Pagina di prova del distretto",
  },
  group: {
    id: "collaudi-di-prova",
    title: "Collaudi di prova",
  },
} as const;

const { member, article, districtPage, group } = extension;
const logoFile = `members/${member.id}/logo.png`;

/** The files added, by path under the content folder. */
const files: Record<string, string> = {
  [`members/${member.id}.md`]: `---
name: "${member.name}"
type: impresa
province: ${member.province}
city: "Lecco"
website: "https://officina-delta.example"
logo: "./${member.id}/logo.png"
sectors: ["${member.sector}"]
joined: 2026-06-15
---

Un'officina di prova che i test aggiungono a una copia dei contenuti reali.
`,
  [`committee/${member.id}.md`]: `---
member: ${member.id}
role: "${extension.seatRole}"
---

Porta nel comitato i collaudi di prova.
`,
  [`news/${article.id}.md`]: `---
title: "${article.title}"
description: "Un articolo di prova sull'adesione di un nuovo membro."
pubDate: 2026-06-15
tags: [${article.tags.map((tag) => `"${tag}"`).join(", ")}]
members: [${member.id}]
---

[${member.name}](${routes.member(member.id)}) entra nel distretto. La [pagina di prova](${routes.districtPage(districtPage.id)}) dice di più.
`,
  [`district/${districtPage.id}.md`]: `---
title: "${districtPage.title}"
description: "Una pagina del distretto che i test aggiungono ai contenuti reali."
---

## Che cosa dice

Una pagina di prova, che rimanda a [${member.name}](${routes.member(member.id)}).
`,
  [`groups/${group.id}.md`]: `---
title: "${group.title}"
description: "Un gruppo di lavoro di prova che i test aggiungono ai contenuti reali."
coordinator: ${member.id}
status: attivo
---

Il gruppo di prova mette in comune i collaudi.
`,
};

/** Copies the real content to `target` and adds the extension; refuses to overwrite a real file. */
export async function writeExtendedContent(target: string): Promise<void> {
  rmSync(target, { recursive: true, force: true });
  cpSync(realContent, target, { recursive: true });
  const logo = await sharp({
    create: { width: 160, height: 80, channels: 3, background: "#1f6f5c" },
  })
    .png()
    .toBuffer();
  for (const [file, content] of [...Object.entries(files), [logoFile, logo] as const]) {
    const destination = path.join(target, file);
    if (existsSync(destination)) {
      throw new Error(
        `content/${file} exists: rename the extension in tests/support/extended-content.ts.`,
      );
    }
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, content);
  }
}
