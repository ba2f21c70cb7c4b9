import { z } from "astro/zod";
import { text, type SchemaHelpers } from "./helpers.ts";

export const committeeSchema = ({ reference }: Pick<SchemaHelpers, "reference">) =>
  z.object({
    /** Il membro che siede nel comitato: il nome del suo file in content/members/ senza .md. @label Membro */
    member: reference("members"),
    /** Il suo ruolo nel comitato. @label Ruolo nel comitato */
    role: text(),
    /** La posizione nella pagina (1 per primo); chi non ce l'ha segue, in ordine di nome. @label Posizione */
    order: z.int().optional(),
    /** Le persone che la rappresentano nel comitato, ciascuna con `name` e `role`. @label Rappresentanti */
    representatives: z
      .array(
        z.object({
          /** Nome e cognome. @label Nome e cognome */
          name: text(),
          /** Il ruolo della persona. @label Ruolo */
          role: text(),
        }),
      )
      .default([]),
  });

export type CommitteeData = z.output<ReturnType<typeof committeeSchema>>;
