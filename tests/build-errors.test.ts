import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "./content-check/run-script";
import { buildSite, fixtureContent, fixtureEnvironment, outputRoot } from "./support/build-site";
import { buildFixtureVariant } from "./support/fixture-variant";

const buildWith = buildFixtureVariant;

describe("a build with a wrong file", () => {
  it("stops and names the file and field of a reference to a missing member", () => {
    const { status, output } = buildWith("membro-mancante", {
      "news/2026/membro-mancante.md":
        "---\ntitle: T\ndescription: D\npubDate: 2026-01-05\nmembers: [officina-alfa, officina-inesistente]\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    // Astro checks references itself now; either its message or ours must name file and field.
    expect(output).toMatch(
      /news\/2026\/membro-mancante(\.md {2}members {2}il membro "officina-inesistente" non esiste|" in collection "news" \(field: members\[1\]\) references "officina-inesistente")/,
    );
  });

  it("stops and names the file and field of an event whose working group does not exist", () => {
    const { status, output } = buildWith("gruppo-mancante", {
      "events/gruppo-mancante.md":
        "---\ntitle: T\ndescription: D\nstart: 2027-03-20\nonline: https://r.example/\ngroups: [elettrificazione, filiera-inesistente]\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /events\/gruppo-mancante(\.md {2}groups {2}il gruppo di lavoro "filiera-inesistente" non esiste|" in collection "events" \(field: groups\[1\]\) references "filiera-inesistente")/,
    );
  });

  it("stops and names the file and field of an event that ends before it starts", () => {
    const { status, output } = buildWith("fine-prima", {
      "events/fine-prima.md":
        "---\ntitle: T\ndescription: D\nstart: 2027-03-20\nend: 2027-03-19\nonline: https://r.example/\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain("fine-prima");
    expect(output).toContain("La fine (end) non può essere prima dell'inizio (start).");
  });

  it("stops and names the file and field of a frontmatter value the schema refuses", () => {
    const { status, output } = buildWith("data-sbagliata", {
      "news/2026/data-sbagliata.md":
        "---\ntitle: T\ndescription: D\npubDate: domani\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain("data-sbagliata");
    expect(output).toContain("pubDate");
    expect(output).toContain('Data non valida: "domani"');
  });

  it("stops when an article is not in the folder of its year", () => {
    const { status, output } = buildWith("anno-sbagliato", {
      "news/2025/fuori-posto.md":
        "---\ntitle: T\ndescription: D\npubDate: 2026-01-05\n---\nTesto.\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain("Spostalo in content/news/2026/");
  });
});

describe("a build with a wrong deploy-time setting", () => {
  const wrong = {
    SITE_URL: "http://distretto.example/sito",
    PUBLIC_JOIN_ENDPOINT: "mailto:x@y.it",
  };

  it("stops in Astro, naming each variable and its value", () => {
    const outDir = path.join(outputRoot, "variant-impostazioni");
    const { status, output } = buildSite(fixtureContent, outDir, {
      ...fixtureEnvironment,
      ...wrong,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL vale "http://distretto.example/sito"');
    expect(output).toContain('PUBLIC_JOIN_ENDPOINT vale "mailto:x@y.it"');
  });

  it("stops in the content check that runs before the build", () => {
    const { status, output } = runScript("scripts/check-content.ts", [], wrong);
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL vale "http://distretto.example/sito"');
  });
});
