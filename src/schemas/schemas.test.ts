import { describe, expect, it } from "vitest";
import type { z } from "astro/zod";
import { editorMessage, editorMessageText } from "../i18n/editor-messages.ts";
import { romeDay } from "./dates.ts";
import { committeeSchema } from "./committee.ts";
import { districtSchema } from "./district.ts";
import { eventSchema } from "./events.ts";
import { groupSchema } from "./groups.ts";
import { memberSchema } from "./members.ts";
import { newsSchema } from "./news.ts";
import { messageOfIssue } from "./issue-messages.ts";
import { pageSchema } from "./pages.ts";
import { standInHelpers } from "./stand-ins.ts";

const helpers = standInHelpers({
  knownIds: (collection) =>
    new Set(
      collection === "groups" ? ["elettrificazione"] : ["politecnico-di-milano", "csmt-gestione"],
    ),
});

/** The fields a schema complained about, each with its editor message by name. */
function issues(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: issue.path.join("."),
    ...messageOfIssue(issue),
  }));
}

/** The text a schema's issue carries, which is all the build shows of it. */
function issueTexts(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const validNews = {
  title: "Nasce il distretto",
  description: "Una sintesi.",
  pubDate: new Date("2026-11-25T00:00:00Z"),
  tags: ["distretto"],
  members: ["csmt-gestione"],
  image: { src: "./foto.jpg", alt: "Una foto" },
};

describe("news schema", () => {
  const schema = newsSchema(helpers);

  it("accepts a complete article and fills the defaults", () => {
    const parsed = schema.parse({ title: "T", description: "D", pubDate: "2026-11-25" });
    expect(parsed).toMatchObject({ tags: [], members: [], draft: false });
    expect(issues(schema, validNews)).toEqual([]);
  });

  it("reads a bare date as the first instant of that day in Rome", () => {
    const { pubDate } = schema.parse(validNews);
    expect(pubDate.toISOString()).toBe("2026-11-24T23:00:00.000Z");
  });

  it("keeps a date-time with its offset as that instant", () => {
    const { pubDate } = schema.parse({ ...validNews, pubDate: "2026-07-01T09:30:00+02:00" });
    expect(pubDate.toISOString()).toBe("2026-07-01T07:30:00.000Z");
  });

  it("names a missing required field", () => {
    const { title: _title, ...untitled } = validNews;
    expect(issues(schema, untitled)).toEqual([
      { field: "title", name: "FieldMissing", params: { types: ["string"] } },
    ]);
  });

  it("names a field of the wrong type", () => {
    expect(issues(schema, { ...validNews, tags: "distretto" })).toEqual([
      { field: "tags", name: "WrongType", params: { value: "distretto", type: "array" } },
    ]);
  });

  it.each(["domani", "2026-13-01", "2026-02-30", "2026-11-21T09:30:00", "31/02/2026"])(
    "rejects the malformed date %s and says what to write",
    (pubDate) => {
      expect(issues(schema, { ...validNews, pubDate })).toEqual([
        { field: "pubDate", name: "DateInvalid", params: { value: pubDate, withTime: true } },
      ]);
    },
  );

  it.each([
    ["30/11/2026", "2026-11-30"],
    ["30-11-2026", "2026-11-30"],
    ["30.11.2026", "2026-11-30"],
    ["5/1/2027", "2027-01-05"],
  ])("rejects the day-first date %s and offers %s", (pubDate, suggestion) => {
    expect(issues(schema, { ...validNews, pubDate })).toEqual([
      { field: "pubDate", name: "DateDayFirst", params: { value: pubDate, suggestion } },
    ]);
  });

  it("says that an image written as its file alone needs src and alt", () => {
    expect(issues(schema, { ...validNews, image: "./foto.jpg" })).toEqual([
      { field: "image", name: "ImageWrittenAsPath", params: { field: "image", src: "./foto.jpg" } },
    ]);
  });

  it("requires alt whenever an image is given", () => {
    expect(issues(schema, { ...validNews, image: { src: "./foto.jpg" } })).toEqual([
      { field: "image.alt", name: "FieldMissing", params: { types: ["string"] } },
    ]);
    const blank = { ...validNews, image: { src: "./foto.jpg", alt: "  " } };
    expect(issues(schema, blank)).toEqual([{ field: "image.alt", name: "FieldEmpty", params: {} }]);
    expect(issueTexts(schema, blank)).toEqual([editorMessageText(editorMessage("FieldEmpty"))]);
  });

  it("rejects a reference to a member that does not exist", () => {
    expect(issues(schema, { ...validNews, members: ["csmt-gestione", "inesistente"] })).toEqual([
      { field: "members.1", name: "MemberNotFound", params: { id: "inesistente" } },
    ]);
  });

  it("rejects an update dated before publication", () => {
    const early = { ...validNews, updatedDate: "2026-11-01" };
    const message = editorMessage("UpdatedBeforePublished", {
      updated: romeDay(2026, 11, 1),
      published: romeDay(2026, 11, 25),
    });
    expect(issues(schema, early)).toEqual([{ field: "updatedDate", ...message }]);
    expect(issueTexts(schema, early)).toEqual([editorMessageText(message)]);
  });
});

describe("member schema", () => {
  const schema = memberSchema(helpers);
  const valid = { name: "CSMT Gestione Scarl", type: "consorzio", province: "BS" };

  it("accepts a valid member and fills the defaults", () => {
    expect(schema.parse(valid)).toMatchObject({ sectors: [], founder: false });
  });

  it("rejects a type outside the list", () => {
    expect(issues(schema, { ...valid, type: "azienda" })).toEqual([
      {
        field: "type",
        name: "ValueNotAllowed",
        params: { value: "azienda", allowed: expect.arrayContaining(["impresa"]) },
      },
    ]);
  });

  it("rejects a province outside the district", () => {
    expect(issues(schema, { ...valid, province: "TO" })).toEqual([
      {
        field: "province",
        name: "ValueNotAllowed",
        params: { value: "TO", allowed: ["MI", "BG", "BS", "CR", "LC", "MN"] },
      },
    ]);
  });

  it("rejects a website that is not an http(s) address", () => {
    for (const website of ["www.esempio.it", "ftp://esempio.it", "javascript:alert(1)"]) {
      expect(issues(schema, { ...valid, website })).toEqual([
        { field: "website", name: "WrongFormat", params: { value: website, format: "url" } },
      ]);
    }
  });

  it("accepts only a calendar day for joined", () => {
    const joined = "2026-11-30T10:00:00+01:00";
    expect(issues(schema, { ...valid, joined })).toEqual([
      { field: "joined", name: "DateInvalid", params: { value: joined, withTime: false } },
    ]);
  });
});

describe("committee schema", () => {
  const schema = committeeSchema(helpers);

  it("accepts a seat and links it to its member", () => {
    expect(schema.parse({ member: "csmt-gestione", role: "Componente" })).toMatchObject({
      member: { id: "csmt-gestione", collection: "members" },
      representatives: [],
    });
  });

  it("rejects a seat for a member that does not exist", () => {
    expect(issues(schema, { member: "nessuno", role: "Componente" })).toEqual([
      { field: "member", name: "MemberNotFound", params: { id: "nessuno" } },
    ]);
  });

  it("rejects an order that is not a whole number", () => {
    expect(issues(schema, { member: "csmt-gestione", role: "R", order: 1.5 })).toEqual([
      { field: "order", name: "WrongType", params: { value: 1.5, type: "int" } },
    ]);
  });

  it("requires the name and role of each representative", () => {
    expect(
      issues(schema, { member: "csmt-gestione", role: "R", representatives: [{ name: "A" }] }),
    ).toEqual([
      { field: "representatives.0.role", name: "FieldMissing", params: { types: ["string"] } },
    ]);
  });
});

describe("district and standalone page schemas", () => {
  it("accept a valid page", () => {
    expect(
      districtSchema().parse({ title: "Chi siamo", description: "D", order: 1 }),
    ).toMatchObject({ draft: false });
    expect(issues(pageSchema(), { title: "Privacy", description: "D" })).toEqual([]);
  });

  it("name a missing description", () => {
    const missing = { field: "description", name: "FieldMissing", params: { types: ["string"] } };
    expect(issues(districtSchema(), { title: "Chi siamo" })).toEqual([missing]);
    expect(issues(pageSchema(), { title: "Privacy" })).toEqual([missing]);
  });
});

describe("event schema", () => {
  const schema = eventSchema(helpers);
  const place = { name: "Sala", address: "Via Prova 1", city: "Milano", province: "MI" };
  const valid = {
    title: "Assemblea",
    description: "Sintesi",
    start: "2027-03-20T09:30:00+01:00",
    end: "2027-03-20T13:00:00+01:00",
    location: place,
    organizers: ["csmt-gestione"],
    groups: ["elettrificazione"],
  };

  it("accepts an event in a place and fills the defaults", () => {
    expect(schema.parse(valid)).toMatchObject({
      start: { date: new Date("2027-03-20T08:30:00Z"), allDay: false },
      organizers: [{ id: "csmt-gestione", collection: "members" }],
      groups: [{ id: "elettrificazione", collection: "groups" }],
      tags: [],
      cancelled: false,
      draft: false,
    });
  });

  it("reads a bare date as a whole day in Rome", () => {
    const { start, end } = schema.parse({ ...valid, start: "2027-05-12", end: "2027-05-14" });
    expect(start).toEqual({ date: new Date("2027-05-11T22:00:00Z"), allDay: true });
    expect(end).toEqual({ date: new Date("2027-05-13T22:00:00Z"), allDay: true });
  });

  it("accepts an online event without a place", () => {
    const { location: _location, ...rest } = valid;
    expect(issues(schema, { ...rest, online: "https://riunioni.example/a" })).toEqual([]);
  });

  it("refuses an event with neither a place nor an online link", () => {
    const { location: _location, ...rest } = valid;
    expect(issues(schema, rest)).toEqual([
      { field: "location", name: "EventPlaceMissing", params: {} },
    ]);
  });

  it("refuses an end before the start, and an end of another kind", () => {
    expect(issues(schema, { ...valid, end: "2027-03-20T08:00:00+01:00" })).toEqual([
      {
        field: "end",
        name: "EventEndBeforeStart",
        params: { end: "sabato 20 marzo 2027, ore 8:00", start: "sabato 20 marzo 2027, ore 9:30" },
      },
    ]);
    expect(issues(schema, { ...valid, end: "2027-03-21" })).toEqual([
      {
        field: "end",
        name: "EventEndOtherKind",
        params: { startAllDay: false, suggestion: "2027-03-21T18:00:00+01:00" },
      },
    ]);
  });

  it("refuses unknown members and groups, and links that are not https", () => {
    expect(
      issues(schema, {
        ...valid,
        organizers: ["nessuno"],
        groups: ["filiera"],
        registration: "http://iscrizioni.example",
      }),
    ).toEqual([
      expect.objectContaining({ field: "registration", name: "WrongFormat" }),
      { field: "organizers.0", name: "MemberNotFound", params: { id: "nessuno" } },
      { field: "groups.0", name: "GroupNotFound", params: { id: "filiera" } },
    ]);
  });

  it("refuses a province outside the district, and a place without its address", () => {
    expect(issues(schema, { ...valid, location: { ...place, province: "TO" } })).toEqual([
      expect.objectContaining({ field: "location.province", name: "ValueNotAllowed" }),
    ]);
    const { address: _address, ...noAddress } = place;
    expect(issues(schema, { ...valid, location: noAddress })).toEqual([
      expect.objectContaining({ field: "location.address", name: "FieldMissing" }),
    ]);
  });
});

describe("working group schema", () => {
  const schema = groupSchema(helpers);
  const valid = {
    title: "Elettrificazione",
    description: "Sintesi",
    coordinator: "politecnico-di-milano",
    status: "attivo",
  };

  it("accepts a group and links its coordinator", () => {
    expect(schema.parse(valid)).toMatchObject({
      coordinator: { id: "politecnico-di-milano", collection: "members" },
      members: [],
    });
  });

  it("refuses a status outside the list and an unknown coordinator or member", () => {
    expect(
      issues(schema, { ...valid, status: "attiva", coordinator: "nessuno", members: ["x"] }),
    ).toEqual([
      { field: "coordinator", name: "MemberNotFound", params: { id: "nessuno" } },
      { field: "members.0", name: "MemberNotFound", params: { id: "x" } },
      {
        field: "status",
        name: "ValueNotAllowed",
        params: { value: "attiva", allowed: ["attivo", "in-avvio", "concluso"] },
      },
    ]);
  });
});
