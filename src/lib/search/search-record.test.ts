import { describe, expect, it } from "vitest";
import { romeDay } from "../../schemas/dates.ts";
import { eventSearchRecord, memberSearchRecord, searchMarkers } from "./search-record.ts";

describe("searchMarkers", () => {
  it("records the section, every filter value, the date and the thumbnail", () => {
    expect(
      searchMarkers({
        section: "Notizie",
        filters: { argomento: ["Veicoli elettrici", "ricerca"], anno: ["2026"] },
        date: romeDay(2026, 11, 30),
        image: { url: "/_astro/a.webp", alt: "Una foto" },
      }),
    ).toEqual([
      ["data-pagefind-filter", "sezione:Notizie"],
      ["data-pagefind-filter", "argomento:Veicoli elettrici"],
      ["data-pagefind-filter", "argomento:ricerca"],
      ["data-pagefind-filter", "anno:2026"],
      ["data-pagefind-sort", "data:2026-11-30"],
      ["data-pagefind-meta", "data:2026-11-30"],
      ["data-pagefind-meta", "image:/_astro/a.webp"],
      ["data-pagefind-meta", "image_alt:Una foto"],
    ]);
  });

  it("files a member under its type and province, in words", () => {
    const record = memberSearchRecord({
      name: "CSMT Gestione Scarl",
      type: "consorzio",
      province: "BS",
      sectors: [],
      founder: true,
    });
    expect(searchMarkers(record)).toEqual([
      ["data-pagefind-filter", "sezione:Membri"],
      ["data-pagefind-filter", "tipo:Consorzio di imprese"],
      ["data-pagefind-filter", "provincia:Brescia"],
      ["data-pagefind-meta", "image:"],
      ["data-pagefind-meta", "image_alt:"],
    ]);
  });

  it("files an event under its own filter, as to come or past, with its day but no sort key", () => {
    const start = { date: new Date("2027-03-20T08:30:00Z") };
    expect(searchMarkers(eventSearchRecord({ start, upcoming: true }))).toEqual([
      ["data-pagefind-filter", "sezione:Eventi"],
      ["data-pagefind-filter", "eventi:In programma"],
      ["data-pagefind-meta", "data:2027-03-20"],
      ["data-pagefind-meta", "image:"],
      ["data-pagefind-meta", "image_alt:"],
    ]);
    expect(searchMarkers(eventSearchRecord({ start, upcoming: false }))).toContainEqual([
      "data-pagefind-filter",
      "eventi:Già svolti",
    ]);
  });
});
