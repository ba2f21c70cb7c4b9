import type { ContentProblem } from "./content-errors.ts";
import { romeYear } from "./dates.ts";

const NEWS_ID = /^(\d{4})\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export interface NewsAddress {
  year: string;
  slug: string;
}

/** `2026/nasce-il-distretto` → `{ year: "2026", slug: "nasce-il-distretto" }`, or a problem. */
export function parseNewsId(id: string, pubDate: Date, file: string): NewsAddress | ContentProblem {
  const match = NEWS_ID.exec(id);
  const year = String(romeYear(pubDate));
  if (match?.[1] !== year) {
    return {
      file,
      field: "(posizione del file)",
      problem: `l'articolo è in content/news/${id}, ma deve stare nella cartella dell'anno di pubblicazione.`,
      expected: `Spostalo in content/news/${year}/ con un nome di parole minuscole unite da trattini.`,
    };
  }
  return { year, slug: match[2] as string };
}
