import { describe, expect, it } from "vitest";
import { fieldReference, kindOf } from "./field-reference.ts";
import { openDataset } from "./datasets.ts";

describe("the field reference of /dati/", () => {
  it("says how each kind of value is written, from its JSON Schema", () => {
    expect(kindOf({ type: "string" })).toBe("testo");
    expect(kindOf({ type: "string", format: "uri" })).toBe("indirizzo web completo");
    expect(kindOf({ type: "boolean" })).toBe("vero o falso (nel CSV «sì» o «no»)");
    expect(kindOf({ type: "string", enum: ["MI", "BS"] })).toBe("uno tra MI, BS");
    expect(kindOf({ anyOf: [{ type: "string", format: "date" }, { type: "null" }] })).toBe(
      "data, AAAA-MM-GG; vuoto se non indicato",
    );
    expect(kindOf({ type: ["string", "null"] })).toBe("testo; vuoto se non indicato");
    expect(kindOf({ type: "array", items: { type: "string" } })).toBe(
      "elenco di valori (testo; nel CSV separati da «; »)",
    );
    expect(
      kindOf({
        anyOf: [{ anyOf: [{ format: "date" }, { format: "date-time" }] }, { type: "null" }],
      }),
    ).toMatch(/^data \(AAAA-MM-GG\) per un evento di un giorno intero.*; vuoto se non indicato$/);
  });

  it("lists a dataset's fields in the CSV's order, each with its description and kind", () => {
    const fields = fieldReference(openDataset("membri"));
    expect(fields.map((field) => field.name)).toEqual([
      "id",
      "nome",
      "tipo",
      "tipo_etichetta",
      "provincia",
      "citta",
      "sito_web",
      "settori",
      "data_adesione",
      "socio_fondatore",
      "seggio_comitato",
      "pagina",
    ]);
    expect(fields.find((field) => field.name === "provincia")).toEqual({
      name: "provincia",
      description: "La sigla della provincia in cui ha sede.",
      kind: "uno tra MI, BG, BS, CR, LC, MN; vuoto se non indicato",
    });
    expect(fields.every((field) => field.description.length > 0)).toBe(true);
  });
});
