import { z } from "astro/zod";
import { calendarDate } from "./dates.ts";
import { text } from "./helpers.ts";

export const districtSchema = () =>
  z.object({
    title: text().meta({ title: "Titolo", description: "Il titolo della pagina." }),
    description: text().meta({
      title: "Sintesi",
      description: "Una frase di sintesi per gli elenchi, la ricerca e i motori di ricerca.",
    }),
    order: z.int().optional().meta({
      title: "Posizione nel menu",
      description:
        "La posizione nel menu del distretto (1 per prima); le pagine senza seguono, in ordine di titolo.",
    }),
    updatedDate: calendarDate().optional().meta({
      title: "Data di aggiornamento",
      description: 'Data dell\'ultimo aggiornamento, mostrata come "aggiornato il".',
    }),
    draft: z.boolean().default(false).meta({
      title: "Bozza",
      description: "Con `true` la pagina è una bozza e non viene pubblicata.",
    }),
  });

export type DistrictData = z.output<ReturnType<typeof districtSchema>>;
