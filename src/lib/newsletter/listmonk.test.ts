import { describe, expect, it } from "vitest";
import { listmonkRefusal, listmonkRoutes } from "./listmonk.ts";

describe("listmonk's routes", () => {
  it("are under its public root URL, whether or not it ends with a slash", () => {
    expect(listmonkRoutes.form("https://liste.distretto.example")).toBe(
      "https://liste.distretto.example/subscription/form",
    );
    expect(listmonkRoutes.api("https://liste.distretto.example/")).toBe(
      "https://liste.distretto.example/api/public/subscription",
    );
  });
});

describe("listmonkRefusal", () => {
  it.each([
    ["Invalid email.", "invalidEmail"],
    ["Email non valida.", "invalidEmail"],
    ["The e-mail domain is blocklisted.", "invalidEmail"],
    ["No valid lists selected to subscribe.", "noLists"],
    ["Nessuna lista valida selezionata per l'iscrizione.", "noLists"],
    ["Invalid UUID(s)", "closedLists"],
    ["UUID non valido", "closedLists"],
    ["That feature is not available.", "disabled"],
    ["Questa funzione non è disponibile.", "disabled"],
  ])("tells %j, in English or Italian, apart as %s", (message, refusal) => {
    expect(listmonkRefusal(message)).toBe(refusal);
  });

  it.each([["Ungültige E-Mail."], ["Invalid email, really"], [""], [undefined], [42]])(
    "knows no refusal in %j, which gets the generic message",
    (message) => {
      expect(listmonkRefusal(message)).toBeUndefined();
    },
  );
});
