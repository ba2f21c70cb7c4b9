import { z } from "astro/zod";
import { text, type SchemaHelpers } from "./helpers.ts";

export const committeeSchema = ({ reference }: Pick<SchemaHelpers, "reference">) =>
  z.object({
    member: reference("members").meta({
      title: "Membro",
      description:
        "Il membro che siede nel comitato: il nome del suo file in content/members/ senza .md.",
    }),
    role: text().meta({ title: "Ruolo nel comitato", description: "Il suo ruolo nel comitato." }),
    order: z.int().optional().meta({
      title: "Posizione",
      description:
        "La posizione nella pagina (1 per primo); chi non ce l'ha segue, in ordine di nome.",
    }),
    representatives: z
      .array(
        z.object({
          name: text().meta({ title: "Nome e cognome", description: "Nome e cognome." }),
          role: text().meta({ title: "Ruolo", description: "Il ruolo della persona." }),
        }),
      )
      .default([])
      .meta({
        title: "Rappresentanti",
        description: "Le persone che la rappresentano nel comitato, ciascuna con `name` e `role`.",
      }),
  });

export type CommitteeData = z.output<ReturnType<typeof committeeSchema>>;
