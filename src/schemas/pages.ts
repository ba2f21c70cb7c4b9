import { z } from "astro/zod";
import { calendarDate } from "./dates";
import { text } from "./helpers";

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
