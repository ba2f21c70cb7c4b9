import { z } from "astro/zod";
import { calendarDate } from "./dates.ts";
import { text } from "./helpers.ts";

export const pageSchema = () =>
  z.object({
    title: text().meta({ title: "Titolo", description: "Il titolo della pagina." }),
    description: text().meta({
      title: "Sintesi",
      description: "Una frase di sintesi per i motori di ricerca.",
    }),
    updatedDate: calendarDate().optional().meta({
      title: "Data di aggiornamento",
      description: 'Data dell\'ultimo aggiornamento, mostrata come "aggiornato il".',
    }),
  });

export type PageData = z.output<ReturnType<typeof pageSchema>>;
