import { describe, expect, it } from "vitest";
import { t } from "../src/i18n/it";
import { fixtureDist } from "./support/build-site";
import { readPage, resolveInDist } from "./support/dist";

/** The fixture's events to come are in 2999 and its past ones in 2025 and 2026: any day of a
 * build between them splits them the same way, so these lists do not depend on the clock. */
const page = (url: string) => readPage(fixtureDist, url);
const texts = (url: string, selector: string) =>
  page(url)
    .document.querySelectorAll(selector)
    .map((element) => element.textContent.replace(/\s+/g, " ").trim());
const hrefs = (url: string, selector: string) =>
  page(url)
    .document.querySelectorAll(selector)
    .map((element) => element.getAttribute("href"));
const jsonLd = (url: string) =>
  JSON.parse(
    page(url).document.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}",
  ) as Record<string, unknown>;

const UPCOMING = [
  "Assemblea dei membri di prova",
  "Sessione online del gruppo filiera",
  "Fiera di prova su tre giorni",
  "Convegno annullato di prova",
];
const SPECIAL = 'Ricerca, sviluppo; "motori" & l\'auto: città e perché';

describe("the events list", () => {
  it("lists the events to come soonest first, then the past ones by year, newest first", () => {
    expect(texts("/eventi/", "#prossimi-eventi ~ div h3")).toEqual(UPCOMING);
    expect(texts("/eventi/", "#eventi-passati ~ section h3")).toEqual(["2026", "2025"]);
    expect(texts("/eventi/", "#eventi-passati ~ section h4")).toEqual([
      "Mattina di prova dopo il cambio dell'ora",
      SPECIAL,
      "Giornata di prova del 2025",
    ]);
  });

  it("writes each event's day and time in Italian, and marks the cancelled one", () => {
    const lines = texts("/eventi/", "main article h3 + p");
    expect(lines).toEqual([
      "mercoledì 20 marzo 2999, dalle 9:30 alle 13:00 · Milano",
      "mercoledì 10 aprile 2999, dalle 15:00 alle 16:30 · Online",
      "dal 12 al 14 maggio 2999 · Brescia",
      "Annullato sabato 1 giugno 2999, ore 10:00 · Bergamo",
    ]);
    expect(texts("/eventi/", "main article h4 + p")[0]).toBe(
      "lunedì 26 ottobre 2026, dalle 9:30 alle 12:00 · Milano e online",
    );
  });

  it("offers the calendar to subscribe to and to download", () => {
    expect(hrefs("/eventi/", "#calendario ~ ul a")).toEqual([
      "webcal://distretto-test.example/eventi.ics",
      "/eventi.ics",
    ]);
  });

  it("shows the next three events on the home page", () => {
    expect(texts("/", "#prossimi-eventi ~ div h3")).toEqual(UPCOMING.slice(0, 3));
    expect(hrefs("/", "#prossimi-eventi ~ p a")).toEqual(["/eventi/", "/gruppi/"]);
  });
});

describe("an event's page", () => {
  const url = "/eventi/assemblea-futura/";

  it("says when, in Italian and in Rome's time, and where, with a map search of the address", () => {
    expect(texts(url, "main dd")[0]).toBe("mercoledì 20 marzo 2999, dalle 9:30 alle 13:00");
    expect(page(url).document.querySelector("main dd time")?.getAttribute("datetime")).toBe(
      "2999-03-20T09:30:00+01:00",
    );
    expect(
      page("/eventi/fiera-tre-giorni/")
        .document.querySelector("main dd time")
        ?.getAttribute("datetime"),
    ).toBe("2999-05-12");
    expect(texts(url, "main dd")[1]).toContain(
      "Sala conferenze di prova, Via Prova 12, Milano (MI)",
    );
    const map = page(url).document.querySelector('main dd a[href*="openstreetmap"]');
    expect(map?.getAttribute("href")).toBe(
      "https://www.openstreetmap.org/search?query=Via+Prova+12%2C+Milano",
    );
    expect(map?.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("links its organizers to their pages and its groups to theirs", () => {
    expect(hrefs(url, "main dd ul a")).toEqual([
      "/membri/officina-alfa/",
      "/membri/ateneo-beta/",
      "/gruppi/elettrificazione/",
    ]);
    expect(texts(url, "main dd")).toContain("Veicoli elettrici, assemblea");
  });

  it("says how to take part, and offers its own calendar file", () => {
    expect(hrefs(url, "#partecipa ~ ul a")).toEqual(["https://iscrizioni.example/assemblea"]);
    expect(hrefs("/eventi/sessione-online/", "#partecipa ~ ul a")).toEqual([
      "https://riunioni.example/filiera",
    ]);
    expect(texts("/eventi/prima-del-cambio-ora/", "#partecipa ~ ul li")).toEqual([
      "Per partecipare scrivi alla segreteria del distretto: segreteria@distretto-test.example",
    ]);
    const calendar = page(url).document.querySelector('a[type="text/calendar"]');
    expect(calendar?.textContent.trim()).toBe(t.addToCalendar);
    expect(calendar?.getAttribute("href")).toBe("/eventi/assemblea-futura.ics");
    expect(resolveInDist(fixtureDist, "/eventi/assemblea-futura.ics")).toBeTruthy();
  });

  it("describes itself to search engines as a scheduled Event in a place", () => {
    expect(jsonLd(url)).toMatchObject({
      "@type": "Event",
      name: "Assemblea dei membri di prova",
      startDate: "2999-03-20T09:30:00+01:00",
      endDate: "2999-03-20T13:00:00+01:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", address: { addressLocality: "Milano", addressRegion: "MI" } },
      organizer: [
        { name: "Officina Alfa Test", url: "https://distretto-test.example/membri/officina-alfa/" },
        { name: "Ateneo Beta Test", url: "https://distretto-test.example/membri/ateneo-beta/" },
      ],
      offers: { url: "https://iscrizioni.example/assemblea" },
    });
    expect(jsonLd("/eventi/sessione-online/")).toMatchObject({
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: { "@type": "VirtualLocation", url: "https://riunioni.example/filiera" },
    });
    const fair = jsonLd("/eventi/fiera-tre-giorni/");
    expect(fair).toMatchObject({ startDate: "2999-05-12", endDate: "2999-05-14" });
    const shared = page("/eventi/fiera-tre-giorni/")
      .document.querySelector('meta[property="og:image"]')
      ?.getAttribute("content");
    expect(shared).toMatch(/^https:\/\/distretto-test\.example\/_astro\/.+\.jpe?g$/);
    expect(fair["image"]).toEqual([shared]);
  });

  it("says plainly that a cancelled event is cancelled, and no longer asks to take part", () => {
    const cancelled = "/eventi/evento-annullato/";
    expect(texts(cancelled, "main [role=note]")).toEqual([
      "Annullato Questo evento è stato annullato.",
    ]);
    expect(page(cancelled).document.querySelector("#partecipa")).toBeNull();
    expect(jsonLd(cancelled)["eventStatus"]).toBe("https://schema.org/EventCancelled");
  });

  it("shows titles with special characters as written", () => {
    expect(texts("/eventi/prima-del-cambio-ora/", "h1")).toEqual([SPECIAL]);
  });
});

describe("the working groups", () => {
  it("lists every group by its order, with coordinator, size and status", () => {
    expect(texts("/gruppi/", "main h2")).toEqual([
      "Elettrificazione (prova)",
      "Filiera & competenze: «prova»",
      "Tavolo concluso di prova",
    ]);
    expect(texts("/gruppi/", "main li:first-child dd")).toEqual([
      "Officina Alfa Test",
      "3 organizzazioni",
      "Attivo",
    ]);
    expect(texts("/gruppi/", "main li:nth-child(2) dd")).toEqual([
      "Ateneo Beta Test",
      "2 organizzazioni",
      "In avvio",
    ]);
  });

  it("shows a group's goals, coordinator, members, events and news", () => {
    const url = "/gruppi/elettrificazione/";
    expect(page(url).html).toContain("Mette in comune prove di laboratorio");
    expect(hrefs(url, "main > dl a")).toEqual(["/membri/officina-alfa/"]);
    expect(texts(url, "#partecipanti ~ div h3")).toEqual([
      "Officina Alfa Test",
      "Ateneo Beta Test",
      "Consorzio Gamma Test",
    ]);
    expect(texts(url, "#prossimi-incontri ~ div h3")).toEqual(["Assemblea dei membri di prova"]);
    expect(texts(url, "#incontri-passati ~ div h3")).toEqual([
      "Mattina di prova dopo il cambio dell'ora",
      SPECIAL,
    ]);
    expect(texts(url, "#notizie-gruppo ~ div h3")).toEqual(["Articolo dell'anno prima"]);
  });

  it("are in the main navigation of every page", () => {
    for (const url of ["/", "/membri/", "/gruppi/elettrificazione/"]) {
      expect(hrefs(url, `header nav[aria-label="${t.mainNavigation}"] a`)).toContain("/gruppi/");
    }
  });

  it("leads to the join page with the group chosen, unless the group is over", () => {
    expect(hrefs("/gruppi/elettrificazione/", "#partecipa ~ p a")).toEqual([
      "/aderisci/?gruppo=elettrificazione",
    ]);
    expect(page("/gruppi/tavolo-concluso/").document.querySelector("#partecipa")).toBeNull();
  });

  it("counts the coordinator once, even when it is also listed among the members", () => {
    expect(texts("/gruppi/filiera-e-competenze/", "#partecipanti ~ div h3")).toEqual([
      "Ateneo Beta Test",
      "Officina Alfa Test",
    ]);
  });
});

describe("the links from members and news", () => {
  it("list on a member's page its groups and the events it organizes, those to come first", () => {
    const url = "/membri/officina-alfa/";
    expect(texts(url, "#gruppi-membro ~ div li")).toEqual([
      "Elettrificazione (prova) (coordina il gruppo)",
      "Filiera & competenze: «prova»",
    ]);
    expect(texts(url, "#eventi-membro ~ div h3")).toEqual([
      "Assemblea dei membri di prova",
      SPECIAL,
    ]);
  });

  it("link an article to the groups it names", () => {
    expect(hrefs("/notizie/2025/articolo-vecchio/", "main article footer a")).toEqual([
      "/gruppi/elettrificazione/",
    ]);
  });

  it("offer the join form a choice of the groups still open", () => {
    expect(texts("/aderisci/", "select#gruppo option")).toEqual([
      t.joinGroupField.none,
      "Elettrificazione (prova)",
      "Filiera & competenze: «prova»",
    ]);
  });
});
