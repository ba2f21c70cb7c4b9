import { describe, expect, it } from "vitest";
import { openDataset } from "./datasets.ts";
import { jsonSchema, OpenDataSchemaError, validatedJson } from "./json-document.ts";

const groups = openDataset("gruppi");
const document = (records: unknown[]) => ({
  $schema: "https://distretto.example/dati/gruppi.schema.json",
  titolo: groups.title,
  descrizione: groups.description,
  editore: "Distretto milanese dell'auto",
  pagina: "https://distretto.example/dati/#gruppi",
  generato: "2026-12-02T09:00:00+01:00",
  licenza: {
    codice: "CC-BY-4.0",
    nome: "CC BY 4.0",
    indirizzo: "https://creativecommons.org/licenses/by/4.0/",
  },
  gruppi: records,
});
const group = {
  id: "elettrificazione",
  titolo: "Elettrificazione",
  descrizione: "Il gruppo sull'elettrificazione.",
  stato: "attivo",
  stato_etichetta: "Attivo",
  coordinatore: "Officina Alfa",
  coordinatore_id: "officina-alfa",
  partecipanti_id: ["officina-alfa"],
  pagina: "https://distretto.example/gruppi/elettrificazione/",
};

describe("a dataset's JSON document", () => {
  it("derives its schema's values from the content schemas, and describes every field", () => {
    const schema = jsonSchema(groups) as {
      properties: { gruppi: { items: { properties: Record<string, Record<string, unknown>> } } };
    };
    const fields = schema.properties.gruppi.items.properties;
    expect(fields["stato"]?.["enum"]).toEqual(["attivo", "in-avvio", "concluso"]);
    expect(Object.values(fields).every((field) => typeof field["description"] === "string")).toBe(
      true,
    );
  });

  it("carries the re-users' descriptions, not the editors' labels and help of the same fields", () => {
    const text = JSON.stringify(jsonSchema(openDataset("membri")));
    expect(text).toContain('"description":"Il nome dell\'organizzazione."');
    expect(text).not.toContain("come è conosciuta");
    expect(text).not.toContain('"title":"Nome"');
  });

  it("is written when it matches its schema", () => {
    expect(
      JSON.parse(validatedJson("/dati/gruppi.json", jsonSchema(groups), document([group]))),
    ).toEqual(document([group]));
  });

  it("stops the build, naming the file and every wrong field, when it does not", () => {
    const wrong = document([{ ...group, stato: "sospeso", pagina: "non un indirizzo" }]);
    expect(() => validatedJson("/dati/gruppi.json", jsonSchema(groups), wrong)).toThrow(
      OpenDataSchemaError,
    );
    expect(() => validatedJson("/dati/gruppi.json", jsonSchema(groups), wrong)).toThrow(
      /^Il file \/dati\/gruppi\.json non rispetta il suo schema JSON e il sito non è stato costruito:\n\/gruppi\/0\/stato: .*\n\/gruppi\/0\/pagina: /,
    );
  });
});
