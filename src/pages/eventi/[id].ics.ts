import type { APIRoute, GetStaticPaths } from "astro";
import { calendarResponse } from "../../lib/events/event-meta.ts";
import { getSiteData } from "../../lib/data/site-data.ts";
import type { SiteEvent } from "../../lib/data/site-types.ts";

export const getStaticPaths = (async () => {
  const { events } = await getSiteData();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

/** One event, for "Aggiungi al calendario": the same entry, UID and SEQUENCE as in /eventi.ics. */
export const GET: APIRoute<{ event: SiteEvent }> = ({ props: { event } }) =>
  calendarResponse({
    path: event.calendarPath,
    name: event.title,
    description: event.entry.data.description,
    events: [event],
  });
