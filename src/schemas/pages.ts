import { z } from "astro/zod";
import { calendarDate } from "./dates.ts";
import { text } from "./helpers.ts";

export const pageSchema = () =>
  z.object({
    /** The page title. */
    title: text(),
    /** The meta description. */
    description: text(),
    /** Last update, shown as "aggiornato il". */
    updatedDate: calendarDate().optional(),
  });

export type PageData = z.output<ReturnType<typeof pageSchema>>;
