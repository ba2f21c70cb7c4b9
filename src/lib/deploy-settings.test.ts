import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL, formOrigins, readDeploySettings } from "./deploy-settings.ts";

describe("the deploy-time settings", () => {
  it("fall back to the reserved .example address and empty contacts when nothing is set", () => {
    expect(readDeploySettings({})).toEqual({
      url: new URL(DEFAULT_SITE_URL),
      contactEmail: "",
      joinEndpoint: "",
      subscribeEndpoint: "",
    });
  });

  it("accept an https origin, an e-mail and https endpoints, and list the endpoints' origins", () => {
    const settings = readDeploySettings({
      SITE_URL: "https://www.distretto.example",
      PUBLIC_CONTACT_EMAIL: " segreteria@distretto.example ",
      PUBLIC_JOIN_ENDPOINT: "https://moduli.example/adesione",
      PUBLIC_SUBSCRIBE_ENDPOINT: "http://127.0.0.1:4599/aggiornamenti",
    });
    expect(settings.url.href).toBe("https://www.distretto.example/");
    expect(settings.contactEmail).toBe("segreteria@distretto.example");
    expect(formOrigins(settings)).toEqual(["https://moduli.example", "http://127.0.0.1:4599"]);
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
      }),
    ).toThrow(
      /SITE_URL vale "ftp:\/\/distretto\.example".*\nPUBLIC_CONTACT_EMAIL vale "segreteria": deve essere un indirizzo e-mail.*\nPUBLIC_SUBSCRIBE_ENDPOINT vale "javascript:alert\(1\)"/,
    );
  });
});
