/** Where an event takes place, as the content writes it. */
export interface Place {
  name: string;
  address: string;
  city: string;
  province?: string | undefined;
}

/** "Via La Masa 1, Milano (MI)": the place as one line, for readers and calendars alike. */
export function placeLine({ address, city, province }: Place): string {
  return `${address}, ${city}${province ? ` (${province})` : ""}`;
}

/**
 * A search for the address on OpenStreetMap's own site: a plain link, so no map is embedded
 * and nothing is loaded from another site until the reader chooses to follow it.
 */
export function mapSearchUrl(place: Place): string {
  const url = new URL("https://www.openstreetmap.org/search");
  url.searchParams.set("query", `${place.address}, ${place.city}`);
  return url.href;
}
