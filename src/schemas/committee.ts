import { z } from "astro/zod";
import { text, type SchemaHelpers } from "./helpers.ts";

export const committeeSchema = ({ reference }: Pick<SchemaHelpers, "reference">) =>
  z.object({
    /** Il membro che siede nel comitato: il nome del suo file in content/members/ senza .md. */
    member: reference("members"),
    /** Il suo ruolo nel comitato. */
    role: text(),
    /** La posizione nella pagina (1 per primo); chi non ce l'ha segue, in ordine di nome. */
    order: z.int().optional(),
    /** Le persone che la rappresentano nel comitato, ciascuna con `name` e `role`. */
    representatives: z
      .array(
        z.object({
          /** Nome e cognome. */
          name: text(),
          /** Il ruolo della persona. */
          role: text(),
        }),
      )
      .default([]),
  });

export type CommitteeData = z.output<ReturnType<typeof committeeSchema>>;
