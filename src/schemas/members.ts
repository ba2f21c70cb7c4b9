import { z } from "astro/zod";
import { calendarDate } from "./dates.ts";
import { text, type SchemaHelpers } from "./helpers.ts";

export const MEMBER_TYPES = [
  "impresa",
  "universita",
  "associazione",
  "istituzione",
  "consorzio",
  "ricerca",
] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];

export const PROVINCES = ["MI", "BG", "BS", "CR", "LC", "MN"] as const;
export type Province = (typeof PROVINCES)[number];

export const memberSchema = ({ image }: Pick<SchemaHelpers, "image">) =>
  z.object({
    /** Il nome dell'organizzazione, come è conosciuta. @label Nome */
    name: text(),
    /** Il tipo: impresa, universita, associazione, istituzione, consorzio oppure ricerca (centro di ricerca o parco scientifico). @label Tipo */
    type: z.enum(MEMBER_TYPES),
    /** La provincia, tra quelle del distretto: MI, BG, BS, CR, LC, MN. @label Provincia */
    province: z.enum(PROVINCES).optional(),
    /** La città in cui ha sede. @label Città */
    city: text().optional(),
    /** Il sito web: l'indirizzo completo, che comincia con https:// o http://. @label Sito web */
    website: z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).optional(),
    /** Il logo, in un file accanto a quello del membro. @label Logo */
    logo: image().optional(),
    /** I settori di attività; ogni settore ha la sua pagina di elenco. @label Settori */
    sectors: z.array(text()).default([]),
    /** Il giorno dell'adesione al distretto (per esempio 2026-11-30). @label Data di adesione */
    joined: calendarDate().optional(),
    /** Con `true` è tra i soci fondatori del distretto. @label Socio fondatore */
    founder: z.boolean().default(false),
  });

export type MemberData = z.output<ReturnType<typeof memberSchema>>;
