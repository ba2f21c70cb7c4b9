import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL, formOrigins, readDeploySettings } from "./deploy-settings.ts";
import { OPEN_DATA_LICENCES } from "../open-data/licences.ts";

const LIST_1 = "8f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
const LIST_2 = "0a1b2c3d-0000-4000-8000-00000000000e";

describe("the deploy-time settings", () => {
  it("fall back to the reserved .example address and empty contacts when nothing is set", () => {
    expect(readDeploySettings({})).toEqual({
      url: new URL(DEFAULT_SITE_URL),
      contactEmail: "",
      joinEndpoint: "",
      subscribe: undefined,
      cms: undefined,
      openDataLicence: OPEN_DATA_LICENCES["CC-BY-4.0"],
    });
  });

  it("publish the open data under the licence OPEN_DATA_LICENSE names by its SPDX code", () => {
    expect(readDeploySettings({ OPEN_DATA_LICENSE: " CC0-1.0 " }).openDataLicence).toEqual({
      id: "CC0-1.0",
      name: "Creative Commons CC0 1.0 Universale - Public Domain Dedication (CC0 1.0)",
      url: "https://creativecommons.org/publicdomain/zero/1.0/",
      vocabularyConcept: "https://w3id.org/italia/controlled-vocabulary/licences/A11_CCO10",
    });
  });

  it.each(["CC BY 4.0", "cc-by-4.0", "CC-BY-NC-4.0"])(
    "refuse OPEN_DATA_LICENSE=%s, naming the variable and the licences it may be",
    (value) => {
      expect(() => readDeploySettings({ OPEN_DATA_LICENSE: value })).toThrow(
        `OPEN_DATA_LICENSE vale "${value}": deve essere il codice SPDX di una licenza aperta tra CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, IODL-2.0, ODbL-1.0 (se non è impostata vale CC-BY-4.0).`,
      );
    },
  );

  it("accept an https origin, an e-mail and https endpoints, and list the endpoints' origins", () => {
    const settings = readDeploySettings({
      SITE_URL: "https://www.distretto.example",
      PUBLIC_CONTACT_EMAIL: " segreteria@distretto.example ",
      PUBLIC_JOIN_ENDPOINT: "https://moduli.example/adesione",
      PUBLIC_SUBSCRIBE_ENDPOINT: "http://127.0.0.1:4598",
      PUBLIC_SUBSCRIBE_LISTS: LIST_1,
    });
    expect(settings.url.href).toBe("https://www.distretto.example/");
    expect(settings.contactEmail).toBe("segreteria@distretto.example");
    expect(formOrigins(settings)).toEqual(["https://moduli.example", "http://127.0.0.1:4598"]);
  });

  it.each([
    ["http://www.distretto.example", "in https e senza percorso"],
    ["https://www.distretto.example/sito/", "in https e senza percorso"],
    ["www.distretto.example", "in https e senza percorso"],
  ])("refuse SITE_URL=%s, naming the variable and the value", (value, expected) => {
    expect(() => readDeploySettings({ SITE_URL: value })).toThrow(
      `SITE_URL vale "${value}": deve essere l'origine pubblica del sito, ${expected}`,
    );
  });

  it.each(["mailto:segreteria@distretto.example", "http://moduli.example/adesione", "moduli"])(
    "refuse the form endpoint %s, which is not an https address",
    (value) => {
      expect(() => readDeploySettings({ PUBLIC_JOIN_ENDPOINT: value })).toThrow(
        `PUBLIC_JOIN_ENDPOINT vale "${value}": deve essere un indirizzo https`,
      );
    },
  );

  it("lists every wrong variable at once", () => {
    expect(() =>
      readDeploySettings({
        SITE_URL: "ftp://distretto.example",
        PUBLIC_CONTACT_EMAIL: "segreteria",
        PUBLIC_SUBSCRIBE_ENDPOINT: "javascript:alert(1)",
        PUBLIC_SUBSCRIBE_LISTS: LIST_1,
      }),
    ).toThrow(
      /SITE_URL vale "ftp:\/\/distretto\.example".*\nPUBLIC_CONTACT_EMAIL vale "segreteria": deve essere un indirizzo e-mail.*\nPUBLIC_SUBSCRIBE_ENDPOINT vale "javascript:alert\(1\)"/,
    );
  });

  it("turn browser editing on with a repository and an authenticator, on main unless told", () => {
    expect(
      readDeploySettings({
        CMS_GITHUB_REPO: "distretto-auto/sito",
        CMS_AUTH_URL: "https://sveltia-cms-auth.distretto.workers.dev",
      }).cms,
    ).toEqual({
      repository: "distretto-auto/sito",
      branch: "main",
      authUrl: "https://sveltia-cms-auth.distretto.workers.dev",
    });
    expect(
      readDeploySettings({
        CMS_GITHUB_REPO: "distretto-auto/sito",
        CMS_GITHUB_BRANCH: "pubblicazione",
        CMS_AUTH_URL: "http://127.0.0.1:4598",
      }).cms?.branch,
    ).toBe("pubblicazione");
  });

  it.each([
    [{ CMS_GITHUB_REPO: "distretto-auto/sito" }, "CMS_AUTH_URL è vuota"],
    [{ CMS_AUTH_URL: "https://auth.distretto.example" }, "CMS_GITHUB_REPO è vuota"],
    [
      {
        CMS_GITHUB_REPO: "https://github.com/distretto-auto/sito",
        CMS_AUTH_URL: "https://a.example",
      },
      'CMS_GITHUB_REPO vale "https://github.com/distretto-auto/sito": deve essere il repository GitHub del sito, come proprietario/nome',
    ],
    [
      { CMS_GITHUB_REPO: "distretto-auto/sito", CMS_AUTH_URL: "https://a.example/auth" },
      'CMS_AUTH_URL vale "https://a.example/auth": deve essere l\'origine del servizio di accesso',
    ],
    [
      { CMS_GITHUB_REPO: "a/b", CMS_AUTH_URL: "https://a.example", CMS_GITHUB_BRANCH: "un ramo" },
      'CMS_GITHUB_BRANCH vale "un ramo": deve essere il nome di un ramo',
    ],
  ])("refuse half or wrong browser-editing settings (%o)", (env, expected) => {
    expect(() => readDeploySettings(env)).toThrow(expected);
  });
});

describe("the updates form's settings (listmonk)", () => {
  const listmonk = "https://liste.distretto.example";

  it("read one list, which the reader need not choose", () => {
    expect(
      readDeploySettings({ PUBLIC_SUBSCRIBE_ENDPOINT: listmonk, PUBLIC_SUBSCRIBE_LISTS: LIST_1 })
        .subscribe,
    ).toEqual({ listmonkUrl: listmonk, lists: [{ uuid: LIST_1, label: "" }] });
  });

  it("read several lists with their labels, in order, spaces trimmed and UUIDs in lowercase", () => {
    const settings = readDeploySettings({
      PUBLIC_SUBSCRIBE_ENDPOINT: `${listmonk}/`,
      PUBLIC_SUBSCRIBE_LISTS: ` ${LIST_1.toUpperCase()} = Notizie , ${LIST_2}=Eventi e fiere`,
    });
    expect(settings.subscribe).toEqual({
      listmonkUrl: listmonk,
      lists: [
        { uuid: LIST_1, label: "Notizie" },
        { uuid: LIST_2, label: "Eventi e fiere" },
      ],
    });
    expect(formOrigins(settings)).toEqual([listmonk]);
  });

  it.each([
    [
      { PUBLIC_SUBSCRIBE_ENDPOINT: listmonk },
      "PUBLIC_SUBSCRIBE_LISTS è vuota: per mostrare il modulo di iscrizione agli aggiornamenti (listmonk e le sue liste) servono sia PUBLIC_SUBSCRIBE_ENDPOINT sia PUBLIC_SUBSCRIBE_LISTS; lasciale vuote entrambe per non mostrarlo.",
    ],
    [{ PUBLIC_SUBSCRIBE_LISTS: LIST_1 }, "PUBLIC_SUBSCRIBE_ENDPOINT è vuota: per mostrare"],
    [
      {
        PUBLIC_SUBSCRIBE_ENDPOINT: `${listmonk}/subscription/form`,
        PUBLIC_SUBSCRIBE_LISTS: LIST_1,
      },
      `PUBLIC_SUBSCRIBE_ENDPOINT vale "${listmonk}/subscription/form": deve essere l'indirizzo pubblico di listmonk, in https e senza percorso`,
    ],
    [
      {
        PUBLIC_SUBSCRIBE_ENDPOINT: "http://liste.distretto.example",
        PUBLIC_SUBSCRIBE_LISTS: LIST_1,
      },
      'PUBLIC_SUBSCRIBE_ENDPOINT vale "http://liste.distretto.example": deve essere',
    ],
    [
      { PUBLIC_SUBSCRIBE_ENDPOINT: listmonk, PUBLIC_SUBSCRIBE_LISTS: "notizie" },
      `PUBLIC_SUBSCRIBE_LISTS vale "notizie": "notizie" non è l'UUID di una lista di listmonk`,
    ],
    [
      { PUBLIC_SUBSCRIBE_ENDPOINT: listmonk, PUBLIC_SUBSCRIBE_LISTS: `${LIST_1};${LIST_2}` },
      "non è l'UUID di una lista di listmonk",
    ],
    [
      {
        PUBLIC_SUBSCRIBE_ENDPOINT: listmonk,
        PUBLIC_SUBSCRIBE_LISTS: `${LIST_1}=Notizie,${LIST_2}`,
      },
      `PUBLIC_SUBSCRIBE_LISTS vale "${LIST_1}=Notizie,${LIST_2}": con più liste il lettore sceglie quali ricevere, quindi ognuna ha dopo = il nome che vede: <uuid-1>=Notizie,<uuid-2>=Eventi.`,
    ],
    [
      { PUBLIC_SUBSCRIBE_ENDPOINT: listmonk, PUBLIC_SUBSCRIBE_LISTS: `${LIST_1}=A,${LIST_1}=B` },
      "nomina due volte la stessa lista",
    ],
  ])("stop the build on half or wrong settings (%o)", (env, expected) => {
    expect(() => readDeploySettings(env)).toThrow(expected);
  });
});
