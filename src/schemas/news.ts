import { z } from "astro/zod";
import { dateOrDateTime } from "./dates.ts";
import { imageWithAlt, text, type SchemaHelpers } from "./helpers.ts";

export const newsSchema = ({ image, reference }: SchemaHelpers) =>
  z
    .object({
      /** The headline. */
      title: text(),
      /** One or two sentences: shown in lists, the feed, the meta description and social cards. */
      description: text(),
      /** Publication: a date (a day in Italy) or a date-time with its offset. */
      pubDate: dateOrDateTime(),
      /** Last substantive update; never before `pubDate`. */
      updatedDate: dateOrDateTime().optional(),
      /** Byline; "Redazione" when absent. */
      author: text().optional(),
      /** Topics of the article. */
      tags: z.array(text()).default([]),
      /** Hero image stored next to the file, with its description. */
      image: imageWithAlt(image).optional(),
      /** Ids of the member organisations the article is about. */
      members: z.array(reference("members")).default([]),
      /** A draft is never published. */
      draft: z.boolean().default(false),
    })
    .refine((news) => !news.updatedDate || news.updatedDate >= news.pubDate, {
      path: ["updatedDate"],
      message: "La data di aggiornamento non può essere precedente a pubDate.",
    });

export type NewsData = z.output<ReturnType<typeof newsSchema>>;
