import { editorMessage, type EditorMessage } from "../../i18n/editor-messages.ts";
import { romeYear } from "../text/dates.ts";

const NEWS_ID = /^(\d{4})\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The column the check and the build name when an article sits in the wrong folder. */
export const NEWS_POSITION_FIELD = "(posizione del file)";

export interface NewsAddress {
  year: string;
  slug: string;
}

/** `2026/nasce-il-distretto` → `{ year: "2026", slug: "nasce-il-distretto" }`, or what is wrong. */
export function parseNewsId(id: string, pubDate: Date): NewsAddress | { message: EditorMessage } {
  const match = NEWS_ID.exec(id);
  const year = String(romeYear(pubDate));
  if (match?.[1] !== year) return { message: editorMessage("NewsWrongYearFolder", { id, year }) };
  return { year, slug: match[2] as string };
}
