/** What an event page tells machines: its JSON-LD, its iCalendar entry, its image when shared. */
import { languageOfPath } from "../../i18n/languages.ts";
import { textFor } from "../../i18n/text.ts";
import { site } from "../../site.ts";
import { calendarFile, type CalendarEvent } from "./calendar.ts";
import { isoTime } from "./event-times.ts";
import { placeLine } from "./map-search.ts";
import { absoluteUrl } from "../site/page-meta.ts";
import { heroShareImage } from "../social-cards/share-image.ts";
import type { SiteEvent } from "../data/site-types.ts";
import { eventJsonLd } from "../site/structured-data.ts";

/** The event's hero image at 1200 px, for JSON-LD and social previews. */
export async function eventImage(event: SiteEvent) {
  const hero = event.entry.data.image;
  return hero && heroShareImage(hero);
}

/** The event's JSON-LD, in the language of its page (its address says which). */
export function eventStructuredData(event: SiteEvent, imageUrl: string | undefined) {
  const { routes: addresses, locale } = textFor(languageOfPath(event.path));
  const { description, location, online, registration, cancelled } = event.entry.data;
  return eventJsonLd({
    url: absoluteUrl(event.path),
    name: event.title,
    description,
    startDate: isoTime(event.start),
    endDate: event.end && isoTime(event.end),
    cancelled,
    place: location && {
      name: location.name,
      streetAddress: location.address,
      city: location.city,
      province: location.province,
    },
    online,
    registration,
    organizers: event.organizers.map((member) => ({
      name: member.data.name,
      url: absoluteUrl(addresses.member(member.id)),
    })),
    imageUrl: imageUrl && absoluteUrl(imageUrl),
    inLanguage: locale,
  });
}

/** The event as the calendar files hold it. */
export function calendarEntry(event: SiteEvent): CalendarEvent {
  const { description, location, online, registration, cancelled } = event.entry.data;
  return {
    id: event.id,
    title: event.title,
    description,
    url: absoluteUrl(event.path),
    start: event.start,
    end: event.end,
    place: location && `${location.name}, ${placeLine(location)}`,
    online,
    registration,
    cancelled,
    lastModified: event.lastModified,
  };
}

/** An iCalendar file of events, published at `path`. */
export function calendarResponse(options: {
  path: string;
  name: string;
  description: string;
  events: readonly SiteEvent[];
}): Response {
  const text = calendarFile({
    name: options.name,
    description: options.description,
    url: absoluteUrl(options.path),
    uidDomain: site.url.hostname,
    events: options.events.map(calendarEntry),
  });
  return new Response(text, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
}
