import { z } from "astro/zod";
import { calendarDate } from "./dates.ts";
import { text } from "./helpers.ts";

export const pageSchema = () =>
  z.object({
    /** Il titolo della pagina. @label Titolo */
    title: text(),
    /** Una frase di sintesi per i motori di ricerca. @label Sintesi */
    description: text(),
    /** Data dell'ultimo aggiornamento, mostrata come "aggiornato il". @label Data di aggiornamento */
    updatedDate: calendarDate().optional(),
  });

export type PageData = z.output<ReturnType<typeof pageSchema>>;
