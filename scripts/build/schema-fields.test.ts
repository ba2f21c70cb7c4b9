import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { COLLECTION_NAMES } from "../../src/collections.ts";
import { calendarDate, dateOrDateTime, eventTime } from "../../src/schemas/dates.ts";
import { imageWithAlt, text, type SchemaHelpers } from "../../src/schemas/helpers.ts";
import { collectionFields, flattenFields, schemaFields } from "./schema-fields.ts";

const words = (title: string) => ({ title, description: `Aiuto per ${title}.` });

/** One field of every kind a schema in src/schemas/ uses, written the way those schemas are. */
const everyKind = ({ image, reference }: SchemaHelpers) =>
  z
    .object({
      title: text().meta(words("Titolo")),
      website: z.url().optional().meta(words("Sito")),
      order: z.int().optional().meta(words("Posizione")),
      weight: z.number().optional().meta(words("Peso")),
      draft: z.boolean().default(false).meta(words("Bozza")),
      status: z.enum(["attivo", "concluso"]).meta(words("Stato")),
      day: calendarDate().meta(words("Giorno")),
      published: dateOrDateTime().optional().meta(words("Pubblicazione")),
      start: eventTime().meta(words("Inizio")),
      logo: image().optional().meta(words("Logo")),
      coordinator: reference("members").meta(words("Coordinatore")),
      articles: z.array(reference("news")).default([]).meta(words("Notizie")),
      tags: z.array(text()).default([]).meta(words("Argomenti")),
      picture: imageWithAlt(image).optional().meta(words("Immagine")),
      people: z
        .array(z.object({ name: text().meta(words("Nome")) }))
        .default([])
        .meta(words("Persone")),
    })
    // A refinement, as news and events have, leaves the fields as they are.
    .superRefine(() => undefined);

describe("the fields of a schema", () => {
  const fields = schemaFields(everyKind);
  const byPath = new Map(flattenFields(fields).map((field) => [field.path, field]));

  it("take their label and help text from the field's metadata, in the schema's order", () => {
    expect(fields.map(({ key, label, hint }) => ({ key, label, hint }))).toEqual(
      Object.entries({
        title: "Titolo",
        website: "Sito",
        order: "Posizione",
        weight: "Peso",
        draft: "Bozza",
        status: "Stato",
        day: "Giorno",
        published: "Pubblicazione",
        start: "Inizio",
        logo: "Logo",
        coordinator: "Coordinatore",
        articles: "Notizie",
        tags: "Argomenti",
        picture: "Immagine",
        people: "Persone",
      }).map(([key, title]) => ({ key, label: title, hint: `Aiuto per ${title}.` })),
    );
  });

  it("know each field's kind, dates and the image and reference helpers included", () => {
    expect(Object.fromEntries(fields.map((field) => [field.key, field.kind]))).toEqual({
      title: "text",
      website: "url",
      order: "integer",
      weight: "number",
      draft: "boolean",
      status: "enum",
      day: "date",
      published: "dateTime",
      start: "dateTime",
      logo: "image",
      coordinator: "reference",
      articles: "list",
      tags: "list",
      picture: "object",
      people: "list",
    });
    expect(byPath.get("status")?.values).toEqual(["attivo", "concluso"]);
    expect(byPath.get("coordinator")?.target).toBe("members");
    expect(byPath.get("articles")?.element).toMatchObject({ kind: "reference", target: "news" });
    expect(byPath.get("tags")?.element).toMatchObject({ kind: "text", label: "Argomenti" });
  });

  it("are required unless optional or filled in by a default, which they give", () => {
    const required = fields.filter((field) => field.required).map((field) => field.key);
    expect(required).toEqual(["title", "status", "day", "start", "coordinator"]);
    expect(byPath.get("draft")?.defaultValue).toBe(false);
    // A list of references keeps its default, though a reference is a transform in Astro.
    expect(byPath.get("articles")?.defaultValue).toEqual([]);
    expect(byPath.get("website")).not.toHaveProperty("defaultValue");
  });

  it("include an object's fields and a list of objects' fields, by dotted path", () => {
    expect([...byPath.keys()].filter((path) => path.includes("."))).toEqual([
      "picture.src",
      "picture.alt",
      "people.name",
    ]);
    expect(byPath.get("picture.src")).toMatchObject({ kind: "image", required: true });
    expect(byPath.get("people.name")).toMatchObject({ kind: "text", label: "Nome" });
  });

  it("refuse a field without a title and a description, naming it", () => {
    const untitled = () =>
      z.object({ place: z.object({ city: text().meta({ title: "Città" }) }).meta(words("Luogo")) });
    expect(() => schemaFields(untitled)).toThrow(
      "The field place.city needs .meta({ title, description }) in its schema.",
    );
  });

  it("refuse a field whose kind editors have no words for", () => {
    const record = () => z.object({ extra: z.record(z.string(), z.string()).meta(words("Altro")) });
    expect(() => schemaFields(record)).toThrow(/The field extra .* has no kind for editors yet/);
    // A Date alone is what z.toJSONSchema() cannot describe: the site's dates say what they take.
    const bareDate = () => z.object({ when: z.date().meta(words("Quando")) });
    expect(() => schemaFields(bareDate)).toThrow(/The field when .* has no kind for editors yet/);
  });
});

describe("every collection's fields", () => {
  it.each(COLLECTION_NAMES)("in %s carry an Italian label and help text", (name) => {
    for (const field of flattenFields(collectionFields(name))) {
      expect(field.label, field.path).not.toBe(field.key);
      expect(field.hint, field.path).toMatch(/\S/);
    }
  });
});
