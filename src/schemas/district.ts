import { z } from "astro/zod";
import { calendarDate } from "./dates.ts";
import { text } from "./helpers.ts";

export const districtSchema = () =>
  z.object({
    /** Il titolo della pagina. @label Titolo */
    title: text(),
    /** Una frase di sintesi per gli elenchi, la ricerca e i motori di ricerca. @label Sintesi */
    description: text(),
    /** La posizione nel menu del distretto (1 per prima); le pagine senza seguono, in ordine di titolo. @label Posizione nel menu */
    order: z.int().optional(),
    /** Data dell'ultimo aggiornamento, mostrata come "aggiornato il". @label Data di aggiornamento */
    updatedDate: calendarDate().optional(),
    /** Con `true` la pagina è una bozza e non viene pubblicata. @label Bozza */
    draft: z.boolean().default(false),
  });

export type DistrictData = z.output<ReturnType<typeof districtSchema>>;
