import { z } from "astro/zod";
import { text, type SchemaHelpers } from "./helpers.ts";

export const committeeSchema = ({ reference }: Pick<SchemaHelpers, "reference">) =>
  z.object({
    /** Id of the member organisation (its file name in content/members/, without .md). */
    member: reference("members"),
    /** Its role on the committee. */
    role: text(),
    /** Position on the page (1 first); entries without it follow, by name. */
    order: z.int().optional(),
    /** People who sit on the committee for it. */
    representatives: z
      .array(
        z.object({
          /** The person's name. */
          name: text(),
          /** The person's role. */
          role: text(),
        }),
      )
      .default([]),
  });

export type CommitteeData = z.output<ReturnType<typeof committeeSchema>>;
