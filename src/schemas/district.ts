import { z } from "astro/zod";
import { calendarDate } from "./dates.ts";
import { text } from "./helpers.ts";

export const districtSchema = () =>
  z.object({
    /** The page title. */
    title: text(),
    /** Summary for lists, search results and the meta description. */
    description: text(),
    /** Position in the district's navigation (1 first); pages without it follow, by title. */
    order: z.int().optional(),
    /** Last update, shown as "aggiornato il". */
    updatedDate: calendarDate().optional(),
    /** A draft is never published. */
    draft: z.boolean().default(false),
  });

export type DistrictData = z.output<ReturnType<typeof districtSchema>>;
