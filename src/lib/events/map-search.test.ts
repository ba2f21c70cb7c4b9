import { describe, expect, it } from "vitest";
import { mapSearchUrl, placeLine } from "./map-search.ts";

const place = { name: "Sala «A»", address: "Via La Masa 1", city: "Milano", province: "MI" };

describe("the place of an event", () => {
  it("reads as one line, with the province when there is one", () => {
    expect(placeLine(place)).toBe("Via La Masa 1, Milano (MI)");
    expect(placeLine({ ...place, province: undefined })).toBe("Via La Masa 1, Milano");
  });

  it("links to a search of its address on OpenStreetMap's site", () => {
    const url = new URL(mapSearchUrl({ ...place, address: "Via Roma 1 & 3" }));
    expect(url.origin + url.pathname).toBe("https://www.openstreetmap.org/search");
    expect(url.searchParams.get("query")).toBe("Via Roma 1 & 3, Milano");
  });
});
