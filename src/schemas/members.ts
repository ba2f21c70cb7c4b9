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
    name: text().meta({
      title: "Nome",
      description: "Il nome dell'organizzazione, come è conosciuta.",
    }),
    type: z.enum(MEMBER_TYPES).meta({
      title: "Tipo",
      description:
        "Il tipo: impresa, universita, associazione, istituzione, consorzio oppure ricerca (centro di ricerca o parco scientifico).",
    }),
    province: z.enum(PROVINCES).optional().meta({
      title: "Provincia",
      description: "La provincia, tra quelle del distretto: MI, BG, BS, CR, LC, MN.",
    }),
    city: text().optional().meta({ title: "Città", description: "La città in cui ha sede." }),
    website: z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain })
      .optional()
      .meta({
        title: "Sito web",
        description: "Il sito web: l'indirizzo completo, che comincia con https:// o http://.",
      }),
    logo: image()
      .optional()
      .meta({ title: "Logo", description: "Il logo, in un file accanto a quello del membro." }),
    sectors: z.array(text()).default([]).meta({
      title: "Settori",
      description: "I settori di attività; ogni settore ha la sua pagina di elenco.",
    }),
    joined: calendarDate().optional().meta({
      title: "Data di adesione",
      description: "Il giorno dell'adesione al distretto (per esempio 2026-11-30).",
    }),
    founder: z.boolean().default(false).meta({
      title: "Socio fondatore",
      description: "Con `true` è tra i soci fondatori del distretto.",
    }),
  });

export type MemberData = z.output<ReturnType<typeof memberSchema>>;
