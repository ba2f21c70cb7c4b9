import { describe, expect, it } from "vitest";
import { eventJsonLd, newsArticleJsonLd, serializeJsonLd } from "./structured-data.ts";

const facts = {
  url: "https://d.example/notizie/2026/a/",
  headline: "Titolo",
  description: "Sintesi",
  published: new Date("2026-11-24T23:00:00Z"),
  author: "Redazione",
  authorIsNewsroom: true,
  imageUrl: "https://d.example/notizie/2026/a/card.png",
  publisherName: "Distretto",
  publisherUrl: "https://d.example/",
  publisherLogoUrl: "https://d.example/icon-512.png",
};

describe("newsArticleJsonLd", () => {
  it("describes the article with its dates, image and publisher", () => {
    const data = newsArticleJsonLd(facts);
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: "Titolo",
      datePublished: "2026-11-24T23:00:00.000Z",
      dateModified: "2026-11-24T23:00:00.000Z",
      image: ["https://d.example/notizie/2026/a/card.png"],
      author: { "@type": "Organization", name: "Redazione" },
      publisher: { "@type": "Organization", name: "Distretto" },
    });
  });

  it("names a person as the author when the byline is not the newsroom", () => {
    const data = newsArticleJsonLd({ ...facts, author: "Ufficio stampa", authorIsNewsroom: false });
    expect(data["author"]).toEqual({ "@type": "Person", name: "Ufficio stampa" });
  });

  it("serializes so that a title cannot close the script element", () => {
    const json = serializeJsonLd(newsArticleJsonLd({ ...facts, headline: "</script><b>" }));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).headline).toBe("</script><b>");
  });
});

describe("eventJsonLd", () => {
  const event = {
    url: "https://d.example/eventi/assemblea/",
    name: "Assemblea",
    description: "Sintesi",
    startDate: "2027-03-20T09:30:00+01:00",
    endDate: "2027-03-20T13:00:00+01:00",
    cancelled: false,
    place: { name: "Sala", streetAddress: "Via Prova 1", city: "Milano", province: "MI" },
    organizers: [{ name: "Officina", url: "https://d.example/membri/officina/" }],
  };

  it("describes a scheduled event in a place, with its address and organizers", () => {
    expect(eventJsonLd(event)).toEqual({
      "@context": "https://schema.org",
      "@type": "Event",
      url: event.url,
      name: "Assemblea",
      description: "Sintesi",
      startDate: "2027-03-20T09:30:00+01:00",
      endDate: "2027-03-20T13:00:00+01:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: {
        "@type": "Place",
        name: "Sala",
        address: {
          "@type": "PostalAddress",
          streetAddress: "Via Prova 1",
          addressLocality: "Milano",
          addressRegion: "MI",
          addressCountry: "IT",
        },
      },
      organizer: [
        {
          "@type": "Organization",
          name: "Officina",
          url: event.url.replace("eventi/assemblea", "membri/officina"),
        },
      ],
      inLanguage: "it-IT",
    });
  });

  it("marks a cancelled event, and one online or both online and in a place", () => {
    const online = eventJsonLd({
      ...event,
      place: undefined,
      online: "https://r.example/",
      cancelled: true,
    });
    expect(online).toMatchObject({
      eventStatus: "https://schema.org/EventCancelled",
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: { "@type": "VirtualLocation", url: "https://r.example/" },
    });
    const mixed = eventJsonLd({ ...event, online: "https://r.example/" });
    expect(mixed["eventAttendanceMode"]).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(mixed["location"]).toHaveLength(2);
  });
});
