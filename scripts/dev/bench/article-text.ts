/** The body of a synthetic article: Italian prose with headings, a list and internal links. */
import type { Random } from "./random.ts";
import {
  GROUPS,
  HEADINGS,
  LIST_ITEMS,
  PERIODS,
  SENTENCES,
  THEMES,
  type Theme,
  withPreposition,
} from "./vocabulary.ts";

export interface ArticleLink {
  title: string;
  url: string;
}

export interface BodyOptions {
  theme: Theme;
  /** "a Brescia", "nel Lecchese". */
  place: string;
  /** Members the text may link to. */
  members: readonly { id: string; name: string }[];
  /** An earlier article to link to. */
  earlier: ArticleLink | undefined;
  /** Whether to include a `<Callout>` (the file is then MDX). */
  callout: boolean;
  /** How many words to aim for. */
  words: number;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function articleBody(random: Random, options: BodyOptions): string {
  const { theme, place, members } = options;
  // Each sentence once per article before any comes back.
  let deck: string[] = [];
  const sentence = () => {
    if (deck.length === 0) deck = random.sample(SENTENCES, SENTENCES.length);
    const [other, another] = random.sample(
      THEMES.filter((candidate) => candidate.phrase !== theme.phrase),
      2,
    ) as [Theme, Theme];
    const member = members.length > 0 ? random.pick(members) : undefined;
    const themes: Record<string, string> =
      random.next() < 0.6
        ? { tema: theme.phrase, tema2: other.phrase }
        : { tema: other.phrase, tema2: another.phrase };
    const text = (deck.pop() as string)
      .replace(/\{(?:(\w+) )?(tema2?)\}/g, (_, preposition: string | undefined, slot: string) => {
        const phrase = themes[slot] as string;
        return preposition ? withPreposition(preposition, phrase) : phrase;
      })
      .replace("{luogo}", place)
      .replace("{gruppo}", random.pick(GROUPS))
      .replace("{periodo}", random.pick(PERIODS))
      .replace("{n}", String(random.int(4, 60)))
      .replace("{membro}", member ? `[${member.name}](/membri/${member.id}/)` : "il distretto");
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const paragraph = (count: number) => Array.from({ length: count }, sentence).join(" ");

  const blocks: string[] = [
    `${paragraph(3)} Questo aggiornamento è dedicato ${withPreposition("a", theme.phrase)}.`,
  ];
  const headings = random.sample(HEADINGS, 6);
  let section = 0;
  let words = countWords(blocks.join(" "));
  while (words < options.words) {
    const heading = headings[section % headings.length] as string;
    blocks.push(`## ${heading}`);
    blocks.push(paragraph(random.int(3, 5)));
    if (section === 1) {
      blocks.push("Il programma comprende:");
      blocks.push(
        random
          .sample(LIST_ITEMS, random.int(3, 5))
          .map((item) => `- ${item};`)
          .join("\n")
          .replace(/;$/, "."),
      );
    }
    if (section === 1 && options.callout) {
      blocks.push(
        `<Callout tipo="nota" titolo="Per gli aderenti">\nLe attività dedicate ${withPreposition("a", theme.phrase)} sono riservate alle realtà che fanno parte del distretto: chi non ha ancora aderito può farlo dalla pagina [Aderisci](/aderisci/).\n</Callout>`,
      );
    }
    if (section === 2 && options.earlier) {
      blocks.push(
        `Le attività precedenti sono descritte nell'articolo [${options.earlier.title}](${options.earlier.url}), che resta un buon punto di partenza.`,
      );
    }
    blocks.push(paragraph(random.int(2, 4)));
    words = countWords(blocks.join(" "));
    section++;
  }
  blocks.push(
    `Per sapere chi coordina il lavoro comune si può consultare la pagina del [comitato di networking](/comitato/); le informazioni sul [territorio del distretto](/distretto/territorio/) sono raccolte nella sezione dedicata.`,
  );
  return blocks.join("\n\n") + "\n";
}
