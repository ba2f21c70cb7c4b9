import { z } from "astro/zod";
import { text, type SchemaHelpers } from "./helpers.ts";

export const GROUP_STATUSES = ["attivo", "in-avvio", "concluso"] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export const groupSchema = ({ reference }: Pick<SchemaHelpers, "reference">) =>
  z.object({
    /** Il nome del gruppo di lavoro (per esempio "Elettrificazione"). @label Nome del gruppo */
    title: text(),
    /** Una o due frasi su che cosa fa il gruppo: compaiono nell'elenco dei gruppi e nella ricerca. @label Sintesi */
    description: text(),
    /** Il membro che coordina il gruppo: il nome del suo file in content/members/ senza .md. @label Coordinatore */
    coordinator: reference("members"),
    /** I membri che partecipano: i nomi dei loro file in content/members/ senza .md. @label Membri partecipanti */
    members: z.array(reference("members")).default([]),
    /** A che punto è: attivo, in-avvio (si raccolgono le adesioni) oppure concluso. @label Stato */
    status: z.enum(GROUP_STATUSES),
    /** La posizione nell'elenco dei gruppi (1 per primo); i gruppi senza seguono, in ordine di titolo. @label Posizione nell'elenco */
    order: z.int().optional(),
  });

export type GroupData = z.output<ReturnType<typeof groupSchema>>;
