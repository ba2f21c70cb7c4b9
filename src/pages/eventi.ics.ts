import type { APIRoute } from "astro";
import { t } from "../i18n/it.ts";
import { calendarResponse } from "../lib/events/event-meta.ts";
import { getSiteData } from "../lib/data/site-data.ts";
import { routes } from "../routes.ts";

/** Every published event, past and to come: the calendar readers subscribe to. */
export const GET: APIRoute = async () => {
  const { events } = await getSiteData();
  return calendarResponse({
    path: routes.calendar(),
    name: t.calendarName,
    description: t.eventsDescription,
    events,
  });
};
