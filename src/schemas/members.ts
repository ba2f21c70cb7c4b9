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
    /** The organisation's name as it is known. */
    name: text(),
    /** impresa, universita, associazione, istituzione, consorzio or ricerca (research centre, science park). */
    type: z.enum(MEMBER_TYPES),
    /** One of the district's provinces: MI, BG, BS, CR, LC, MN. */
    province: z.enum(PROVINCES).optional(),
    /** The city where it is based. */
    city: text().optional(),
    /** Its website: a full address starting with https:// or http://. */
    website: z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).optional(),
    /** Its logo, stored next to the file. */
    logo: image().optional(),
    /** Fields of activity. */
    sectors: z.array(text()).default([]),
    /** The day it joined the district (e.g. 2026-11-30). */
    joined: calendarDate().optional(),
    /** One of the organisations that founded the district. */
    founder: z.boolean().default(false),
  });

export type MemberData = z.output<ReturnType<typeof memberSchema>>;
