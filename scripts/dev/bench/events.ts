/**
 * The benchmark's working groups and events: groups coordinated by synthetic members, and events
 * spread over five years around the real site's start, of every kind the content allows (timed
 * and all-day, over several days, online, cancelled, drafts). Deterministic, like the rest.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { romeTime, toIsoDay, toRomeDateTime } from "../../../src/lib/text/dates.ts";
import { GROUP_STATUSES } from "../../../src/schemas/groups.ts";
import type { Random } from "./random.ts";
import { PLACES, THEMES, withPreposition } from "./vocabulary.ts";

const yaml = (text: string) => JSON.stringify(text);
const DAY = 86_400_000;
/** Events fall between these days: about half before the benchmark runs, half after. */
const FIRST_DAY = Date.UTC(2024, 0, 8);
const LAST_DAY = Date.UTC(2028, 11, 18);

const KINDS = [
  "Assemblea dei membri",
  "Sessione del gruppo di lavoro",
  "Convegno",
  "Seminario tecnico",
  "Visita in azienda",
  "Incontro con le imprese",
] as const;
const VENUES = ["Sala conferenze", "Auditorium", "Aula magna", "Centro congressi", "Laboratorio"];

export interface SyntheticGroup {
  id: string;
  title: string;
}

/** Working groups, one per theme at most, each with a coordinator and some members. */
export function writeGroups(
  random: Random,
  folder: string,
  count: number,
  memberIds: readonly string[],
): SyntheticGroup[] {
  mkdirSync(folder, { recursive: true });
  const themes = THEMES.slice(0, Math.min(count, THEMES.length));
  return themes.map((theme, index) => {
    const id = `tavolo-${String(index + 1).padStart(2, "0")}`;
    const title = `Tavolo ${theme.short}`;
    const [coordinator = "", ...others] = random.sample(memberIds, random.int(4, 13));
    writeFileSync(
      path.join(folder, `${id}.md`),
      [
        "---",
        `title: ${yaml(title)}`,
        `description: ${yaml(`Il gruppo di lavoro del distretto ${withPreposition("su", theme.phrase)}: progetti comuni, dati e incontri tra i membri.`)}`,
        `coordinator: ${coordinator}`,
        `members: [${others.join(", ")}]`,
        `status: ${index < 2 ? "in-avvio" : random.pick(GROUP_STATUSES.filter((s) => s !== "in-avvio"))}`,
        `order: ${index + 1}`,
        "---",
        "",
        `Il tavolo mette a confronto le imprese e i centri di ricerca ${withPreposition("su", theme.phrase)}.`,
        "",
        "## Obiettivi",
        "",
        `- condividere dati e prove ${withPreposition("su", theme.phrase)};`,
        "- preparare progetti comuni per i bandi regionali ed europei;",
        "- organizzare incontri con le imprese della filiera.",
        "",
      ].join("\n"),
    );
    return { id, title };
  });
}

/** `count` events, evenly over five years, linked to members and groups. */
export function writeEvents(
  random: Random,
  folder: string,
  count: number,
  memberIds: readonly string[],
  groups: readonly SyntheticGroup[],
): number {
  mkdirSync(folder, { recursive: true });
  const step = count > 1 ? (LAST_DAY - FIRST_DAY) / (count - 1) : 0;
  let drafts = 0;
  for (let i = 0; i < count; i++) {
    const day = new Date(FIRST_DAY + Math.round((i * step) / DAY) * DAY);
    const kind = random.pick(KINDS);
    const theme = random.pick(THEMES);
    const place = random.pick(PLACES);
    const city = random.pick(place.cities);
    const id = `evento-${String(i + 1).padStart(4, "0")}-${toIsoDay(day)}`;
    const allDay = i % 10 === 9;
    const online = i % 4 === 1;
    const onlineOnly = online && i % 8 === 1;
    const lines = ["---", `title: ${yaml(`${kind}: ${theme.short}`)}`];
    lines.push(
      `description: ${yaml(`${kind} del distretto ${withPreposition("su", theme.phrase)}, ${place.where}: programma, relatori e come partecipare.`)}`,
    );
    if (allDay) {
      lines.push(`start: ${toIsoDay(day)}`, `end: ${toIsoDay(new Date(day.getTime() + 2 * DAY))}`);
    } else {
      const hour = random.pick([9, 10, 14, 15, 17]);
      lines.push(
        `start: ${toRomeDateTime(romeTime(day, hour, 30))}`,
        `end: ${toRomeDateTime(romeTime(day, hour + 2, 0))}`,
      );
    }
    if (!onlineOnly) {
      lines.push(
        "location:",
        `  name: ${yaml(`${random.pick(VENUES)} di ${city}`)}`,
        `  address: ${yaml(`Via Roma ${random.int(1, 120)}`)}`,
        `  city: ${yaml(city)}`,
        `  province: ${place.province}`,
      );
    }
    if (online) lines.push(`online: "https://riunioni.example/${id}"`);
    if (i % 3 === 0) lines.push(`registration: "https://iscrizioni.example/${id}"`);
    lines.push(`organizers: [${random.sample(memberIds, random.int(1, 2)).join(", ")}]`);
    if (groups.length > 0 && i % 2 === 0) lines.push(`groups: [${random.pick(groups).id}]`);
    lines.push(`tags: [${yaml(theme.tag)}]`);
    if (i % 20 === 7) lines.push("cancelled: true");
    if (i % 50 === 13) {
      lines.push("draft: true");
      drafts++;
    }
    lines.push(
      "---",
      "",
      `Un appuntamento dedicato ${withPreposition("a", theme.phrase)}, aperto ai membri del distretto e alle imprese interessate.`,
      "",
      "## Programma",
      "",
      "- accoglienza e presentazione del distretto;",
      `- interventi dei membri ${withPreposition("su", theme.phrase)};`,
      "- discussione e prossimi passi.",
      "",
    );
    writeFileSync(path.join(folder, `${id}.md`), lines.join("\n"));
  }
  return count - drafts;
}
