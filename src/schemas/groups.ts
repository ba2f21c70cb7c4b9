import { z } from "astro/zod";
import { text, type SchemaHelpers } from "./helpers.ts";

export const GROUP_STATUSES = ["attivo", "in-avvio", "concluso"] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export const groupSchema = ({ reference }: Pick<SchemaHelpers, "reference">) =>
  z.object({
    title: text().meta({
      title: "Nome del gruppo",
      description: 'Il nome del gruppo di lavoro (per esempio "Elettrificazione").',
    }),
    description: text().meta({
      title: "Sintesi",
      description:
        "Una o due frasi su che cosa fa il gruppo: compaiono nell'elenco dei gruppi e nella ricerca.",
    }),
    coordinator: reference("members").meta({
      title: "Coordinatore",
      description:
        "Il membro che coordina il gruppo: il nome del suo file in content/members/ senza .md.",
    }),
    members: z.array(reference("members")).default([]).meta({
      title: "Membri partecipanti",
      description: "I membri che partecipano: i nomi dei loro file in content/members/ senza .md.",
    }),
    status: z.enum(GROUP_STATUSES).meta({
      title: "Stato",
      description: "A che punto è: attivo, in-avvio (si raccolgono le adesioni) oppure concluso.",
    }),
    order: z.int().optional().meta({
      title: "Posizione nell'elenco",
      description:
        "La posizione nell'elenco dei gruppi (1 per primo); i gruppi senza seguono, in ordine di titolo.",
    }),
  });

export type GroupData = z.output<ReturnType<typeof groupSchema>>;
