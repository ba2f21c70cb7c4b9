/**
 * What each open dataset holds, field by field: one zod schema per kind of record, built from
 * the content schemas' own fields where the published value is the one editors write, and the
 * functions that make the records from the site's data. The JSON Schemas, the CSV columns and
 * the /dati/ page are all derived from these schemas, so a file and its description cannot drift.
 */
import { z } from "astro/zod";
import { groupStatusLabels, memberTypeLabels, t } from "../../i18n/it.ts";
import { eventSchema } from "../../schemas/events.ts";
import { groupSchema } from "../../schemas/groups.ts";
import { memberSchema } from "../../schemas/members.ts";
import { standInHelpers } from "../../schemas/stand-ins.ts";
import { isoTime } from "../events/event-times.ts";
import { toIsoDay } from "../text/dates.ts";
import { absoluteUrl } from "../site/page-meta.ts";
import { routes } from "../../routes.ts";
import type { SiteData } from "../data/site-types.ts";

/**
 * Each field's description for re-users. A registry of its own, so that the JSON Schemas carry
 * these words and nothing that other metadata (the editors' labels) puts on the same fields.
 */
export const fieldDescriptions = z.registry<{ description: string }>();

/** An object whose every field has its description: a field without one does not compile. */
export function describedObject<Shape extends z.ZodRawShape>(
  shape: Shape,
  descriptions: { readonly [Key in keyof Shape]: string },
) {
  for (const [key, field] of Object.entries(shape)) {
    fieldDescriptions.add(field, { description: descriptions[key as keyof Shape] });
  }
  return z.strictObject(shape);
}

// The content schemas as the content check builds them, for their fields' types. Each field is
// used once: a description is registered on the field itself.
const helpers = standInHelpers();
const member = memberSchema(helpers).shape;
const event = eventSchema(helpers).shape;
const group = groupSchema(helpers).shape;
const location = event.location.unwrap().shape;

const labels = (record: Record<string, string>) =>
  z.enum(Object.values(record) as [string, ...string[]]);
const day = () => z.iso.date();
/** As events are written: a whole day as a date, an instant with its offset. */
const eventTime = () => z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const pageUrl = () => z.url({ protocol: /^https?$/ });
const ids = () => z.array(z.string());

export const memberRecord = describedObject(
  {
    id: z.string(),
    nome: member.name,
    tipo: member.type,
    tipo_etichetta: labels(memberTypeLabels),
    provincia: member.province.unwrap().nullable(),
    citta: member.city.unwrap().nullable(),
    sito_web: member.website.unwrap().nullable(),
    settori: member.sectors.unwrap(),
    data_adesione: day().nullable(),
    socio_fondatore: member.founder.unwrap(),
    seggio_comitato: z.string().nullable(),
    pagina: pageUrl(),
  },
  t.openData.fields.membri,
);

export const eventRecord = describedObject(
  {
    id: z.string(),
    titolo: event.title,
    descrizione: event.description,
    inizio: eventTime(),
    fine: eventTime().nullable(),
    giornata_intera: z.boolean(),
    luogo: location.name.nullable(),
    indirizzo: location.address.nullable(),
    citta: location.city.nullable(),
    provincia: location.province.unwrap().nullable(),
    online: event.online.unwrap().nullable(),
    iscrizione: event.registration.unwrap().nullable(),
    organizzatori: z.array(z.string()),
    organizzatori_id: ids(),
    gruppi: z.array(z.string()),
    gruppi_id: ids(),
    annullato: event.cancelled.unwrap(),
    pagina: pageUrl(),
    calendario: pageUrl(),
  },
  t.openData.fields.eventi,
);

export const groupRecord = describedObject(
  {
    id: z.string(),
    titolo: group.title,
    descrizione: group.description,
    stato: group.status,
    stato_etichetta: labels(groupStatusLabels),
    coordinatore: z.string(),
    coordinatore_id: z.string(),
    partecipanti_id: ids(),
    pagina: pageUrl(),
  },
  t.openData.fields.gruppi,
);

export type MemberRecord = z.output<typeof memberRecord>;
export type EventRecord = z.output<typeof eventRecord>;
export type GroupRecord = z.output<typeof groupRecord>;

export function memberRecords({ members, seatByMember }: SiteData): MemberRecord[] {
  return members.map(({ id, data }) => ({
    id,
    nome: data.name,
    tipo: data.type,
    tipo_etichetta: memberTypeLabels[data.type],
    provincia: data.province ?? null,
    citta: data.city ?? null,
    sito_web: data.website ?? null,
    settori: data.sectors,
    data_adesione: data.joined ? toIsoDay(data.joined) : null,
    socio_fondatore: data.founder,
    seggio_comitato: seatByMember.get(id)?.entry.data.role ?? null,
    pagina: absoluteUrl(routes.member(id)),
  }));
}

export function eventRecords({ events }: SiteData): EventRecord[] {
  return events.map((siteEvent) => {
    const { data } = siteEvent.entry;
    return {
      id: siteEvent.id,
      titolo: data.title,
      descrizione: data.description,
      inizio: isoTime(siteEvent.start),
      fine: siteEvent.end ? isoTime(siteEvent.end) : null,
      giornata_intera: siteEvent.start.allDay,
      luogo: data.location?.name ?? null,
      indirizzo: data.location?.address ?? null,
      citta: data.location?.city ?? null,
      provincia: data.location?.province ?? null,
      online: data.online ?? null,
      iscrizione: data.registration ?? null,
      organizzatori: siteEvent.organizers.map((organizer) => organizer.data.name),
      organizzatori_id: siteEvent.organizers.map((organizer) => organizer.id),
      gruppi: siteEvent.groups.map((promoter) => promoter.data.title),
      gruppi_id: siteEvent.groups.map((promoter) => promoter.id),
      annullato: data.cancelled,
      pagina: absoluteUrl(siteEvent.path),
      calendario: absoluteUrl(siteEvent.calendarPath),
    };
  });
}

export function groupRecords({ workingGroups }: SiteData): GroupRecord[] {
  return workingGroups.map((workingGroup) => ({
    id: workingGroup.id,
    titolo: workingGroup.entry.data.title,
    descrizione: workingGroup.entry.data.description,
    stato: workingGroup.entry.data.status,
    stato_etichetta: groupStatusLabels[workingGroup.entry.data.status],
    coordinatore: workingGroup.coordinator.data.name,
    coordinatore_id: workingGroup.coordinator.id,
    partecipanti_id: workingGroup.participants.map((participant) => participant.id),
    pagina: absoluteUrl(workingGroup.path),
  }));
}
