import { describe, expect, it } from "vitest";
import { altTextProblem } from "./alt-text.ts";

describe("altTextProblem", () => {
  it("accepts a description of what the image shows", () => {
    expect(altTextProblem("Persone sedute in una sala conferenze", "./incontro.jpg")).toBe(
      undefined,
    );
    expect(altTextProblem("Il logo del Politecnico", "./logo.png")).toBe(undefined);
    expect(altTextProblem("Mappa della Lombardia", "./mappa.png")).toBe(undefined);
  });

  it("leaves an empty description to the rules that ask for one", () => {
    expect(altTextProblem("", "./foto.jpg")).toBe(undefined);
    expect(altTextProblem("   ", "./foto.jpg")).toBe(undefined);
  });

  it.each(["foto", "Foto", " immagine ", "image", "logo", "img", "una foto", "l'immagine"])(
    "refuses %j, which names the kind of picture",
    (alt) => {
      expect(altTextProblem(alt, "./sala.jpg")).toBe("generic");
    },
  );

  it.each(["foto 1", "IMG_2041", "immagine-3", "Foto.", "«foto»", "DSC0042"])(
    "refuses %j, a kind of picture with a number or punctuation",
    (alt) => {
      expect(altTextProblem(alt, "./sala.jpg")).toBe("generic");
    },
  );

  it("refuses the image's file name, with or without its extension", () => {
    expect(altTextProblem("assemblea-2026.jpg", "./assemblea-2026.jpg")).toBe("fileName");
    expect(altTextProblem("assemblea-2026", "./assemblea-2026.jpg")).toBe("fileName");
    expect(altTextProblem("Assemblea-2026", "./foto/assemblea-2026.JPG")).toBe("fileName");
    expect(altTextProblem("sala grande", "./sala%20grande.png")).toBe("fileName");
  });

  it("refuses any file name of an image, even of another file", () => {
    expect(altTextProblem("copertina-def.png", "./sala.jpg")).toBe("fileName");
  });

  it("refuses a description too short to say anything", () => {
    expect(altTextProblem("ok", "./sala.jpg")).toBe("tooShort");
    expect(altTextProblem("Sala", "./sala-grande.jpg")).toBe("tooShort");
    expect(altTextProblem("Porto", "./sala.jpg")).toBe(undefined);
  });
});
