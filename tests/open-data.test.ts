import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse as parseCsv } from "csv-parse/sync";
import { parseJsonFeed } from "feedsmith";
import jsonld from "jsonld";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { FEED_SIZE } from "../src/lib/feeds/feed.ts";
import { OPEN_DATASETS } from "../src/lib/open-data/datasets.ts";
import { OPEN_DATA_FORMATS, OPEN_DATASET_IDS, routes } from "../src/routes.ts";
import { fixtureDist } from "./support/build-site";
import { readContent } from "./support/content";
import { referencedUrls } from "./support/dist";
import { fixtureSite, siteRows } from "./support/sites";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const readBytes = (dist: string, address: string) => readFileSync(path.join(dist, address));
const readJson = (dist: string, address: string): Record<string, unknown> =>
  JSON.parse(readBytes(dist, address).toString("utf8")) as Record<string, unknown>;

/** A CSV file as csv-parse reads it: its header row and its rows by column. */
function readCsv(dist: string, address: string) {
  const bytes = readBytes(dist, address);
  const rows: string[][] = parseCsv(bytes, { bom: true });
  const [header = [], ...body] = rows;
  return {
    bytes,
    header,
    rows: body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""]))),
  };
}

function schemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv;
}

const sorted = (values: Iterable<string>) => [...values].sort();

describe.each(siteRows())("the open data of %s", (_name, site) => {
  // CI builds the real site with the deploy's SITE_URL: each site's own origin.
  const { origin } = site;
  const content = readContent(site.content);
  const published = {
    membri: content.members.map((member) => member.id),
    eventi: content.events.map((event) => event.id),
    gruppi: content.groups.map((group) => group.id),
  };

  it.each(["membri", "eventi"] as const)(
    "writes %s.csv in UTF-8 with a byte-order mark, one Italian header row and one row per published entry, as csv-parse reads it",
    (id) => {
      const dataset = OPEN_DATASETS.find((candidate) => candidate.id === id);
      const { bytes, header, rows } = readCsv(site.dist, routes.openDataFile(id, "csv"));
      expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
      expect(header).toEqual(Object.keys(dataset?.record.shape ?? {}));
      expect(sorted(rows.map((row) => row["id"] ?? ""))).toEqual(sorted(published[id]));
      // RFC 4180 ends every record with CRLF.
      expect(bytes.toString("utf8").endsWith("\r\n")).toBe(true);
    },
  );

  it("publishes each JSON file valid against the JSON Schema beside it, and each schema valid against JSON Schema's own", () => {
    for (const id of OPEN_DATASET_IDS) {
      const schema = readJson(site.dist, routes.openDataFile(id, "schema.json"));
      const document = readJson(site.dist, routes.openDataFile(id, "json"));
      const ajv = schemaValidator();
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
      const validate = ajv.compile(schema);
      expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
      expect(schema["$id"]).toBe(`${origin}${routes.openDataFile(id, "schema.json")}`);
      expect(document["$schema"]).toBe(schema["$id"]);
      const records = document[id] as { id: string; pagina: string }[];
      expect(sorted(records.map((record) => record.id))).toEqual(sorted(published[id]));
      for (const record of records) expect(record.pagina).toMatch(new RegExp(`^${origin}/`));
    }
  });

  it("states the licence OPEN_DATA_LICENSE names, CC BY 4.0 when it is not set, in every JSON file", () => {
    const licence = {
      codice: "CC-BY-4.0",
      nome: "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)",
      indirizzo: "https://creativecommons.org/licenses/by/4.0/",
    };
    for (const id of OPEN_DATASET_IDS) {
      expect(readJson(site.dist, routes.openDataFile(id, "json"))["licenza"]).toEqual(licence);
    }
    expect(readJson(site.dist, routes.jsonFeed())["_licenza"]).toEqual(licence);
  });

  it("publishes a JSON Feed 1.1 that feedsmith reads, with every published article, its full text and absolute addresses", () => {
    // feedsmith refuses a document that is not a JSON Feed, by its version.
    const feed = parseJsonFeed(readBytes(site.dist, routes.jsonFeed()).toString("utf8"));
    expect(readJson(site.dist, routes.jsonFeed())["version"]).toBe(
      "https://jsonfeed.org/version/1.1",
    );
    expect(feed.feed_url).toBe(`${origin}${routes.jsonFeed()}`);
    expect(feed.home_page_url).toBe(`${origin}${routes.news()}`);
    const items = feed.items ?? [];
    expect(items).toHaveLength(Math.min(content.news.length, FEED_SIZE));
    const articles = new Set(
      content.news.map((article) => `${origin}${routes.articleById(article.id)}`),
    );
    for (const item of items) {
      expect(articles.has(item.url ?? ""), item.url).toBe(true);
      expect(item.id).toBe(item.url);
      expect(Number.isNaN(Date.parse(item.date_published ?? ""))).toBe(false);
      const html = parse(item.content_html ?? "");
      expect(html.textContent.trim()).not.toBe("");
      for (const url of referencedUrls(html)) expect(url).toMatch(/^(https?|mailto):/);
    }
  });

  it("describes every dataset in DCAT-AP_IT, expanded by jsonld, with the classes and properties the profile requires", async () => {
    const expanded = (await jsonld.expand(readJson(site.dist, routes.dataCatalogue()))) as Record<
      string,
      unknown
    >[];
    const DCAT = "http://www.w3.org/ns/dcat#";
    const DCT = "http://purl.org/dc/terms/";
    const IT = "http://dati.gov.it/onto/dcatapit#";
    const FOAF = "http://xmlns.com/foaf/0.1/";
    const byId = new Map(expanded.map((node) => [node["@id"] as string, node]));
    const ofType = (type: string) =>
      expanded.filter((node) => (node["@type"] as string[] | undefined)?.includes(type));
    const linked = (node: Record<string, unknown>, property: string) =>
      ((node[property] ?? []) as { "@id": string }[]).map((value) => value["@id"]);
    const expectProperties = (node: Record<string, unknown>, properties: readonly string[]) => {
      for (const property of properties) {
        expect(node[property], `${String(node["@id"])} ${property}`).toBeDefined();
      }
    };

    const [catalogue, ...otherCatalogues] = ofType(`${DCAT}Catalog`);
    expect(otherCatalogues).toEqual([]);
    expect(catalogue?.["@type"]).toContain(`${IT}Catalog`);
    expectProperties(catalogue ?? {}, [
      `${DCT}title`,
      `${DCT}description`,
      `${DCT}publisher`,
      `${DCT}modified`,
      `${DCAT}dataset`,
    ]);
    const publisher = byId.get(linked(catalogue ?? {}, `${DCT}publisher`)[0] ?? "") ?? {};
    expect(publisher["@type"]).toEqual([`${FOAF}Agent`, `${IT}Agent`]);
    expectProperties(publisher, [`${DCT}identifier`, `${FOAF}name`]);

    const datasets = linked(catalogue ?? {}, `${DCAT}dataset`).map((id) => byId.get(id) ?? {});
    expect(sorted(datasets.map((dataset) => String(dataset["@id"])))).toEqual(
      sorted([...OPEN_DATASET_IDS, "notizie"].map((id) => `${origin}${routes.openData()}#${id}`)),
    );
    for (const dataset of datasets) {
      expect(dataset["@type"]).toEqual([`${DCAT}Dataset`, `${IT}Dataset`]);
      expectProperties(dataset, [
        `${DCT}identifier`,
        `${DCT}title`,
        `${DCT}description`,
        `${DCT}modified`,
        `${DCAT}theme`,
        `${DCT}rightsHolder`,
        `${DCT}accrualPeriodicity`,
        `${DCAT}distribution`,
      ]);
      expect(dataset[`${DCT}modified`]).toEqual([
        expect.objectContaining({ "@type": "http://www.w3.org/2001/XMLSchema#date" }),
      ]);
      for (const id of linked(dataset, `${DCAT}distribution`)) {
        const distribution = byId.get(id) ?? {};
        expect(distribution["@type"]).toEqual([`${DCAT}Distribution`, `${IT}Distribution`]);
        expectProperties(distribution, [`${DCAT}accessURL`, `${DCT}format`, `${DCT}license`]);
        const [file = ""] = linked(distribution, `${DCAT}accessURL`);
        expect(file.startsWith(`${origin}/`), file).toBe(true);
        expect(existsSync(path.join(site.dist, new URL(file).pathname)), file).toBe(true);
        const licence = byId.get(linked(distribution, `${DCT}license`)[0] ?? "") ?? {};
        expect(licence["@type"]).toContain(`${IT}LicenseDocument`);
        expectProperties(licence, [`${DCT}type`, `${FOAF}name`]);
      }
    }
  });

  it("explains every field of every file on /dati/, as the file's schema declares it, with the licence", () => {
    const page = parse(readBytes(site.dist, "dati/index.html").toString("utf8"));
    for (const dataset of OPEN_DATASETS) {
      const section = page.querySelector(`section[aria-labelledby="${dataset.id}"]`);
      const names = section?.querySelectorAll("dt code").map((code) => code.textContent) ?? [];
      expect(names).toEqual(Object.keys(dataset.record.shape));
      const files = section?.querySelectorAll("a[type]").map((link) => link.getAttribute("href"));
      expect(files).toEqual(
        OPEN_DATA_FORMATS[dataset.id].map((format) => routes.openDataFile(dataset.id, format)),
      );
    }
    expect(page.querySelector("#licenza a")?.getAttribute("href")).toBe(
      "https://creativecommons.org/licenses/by/4.0/",
    );
  });

  it("lists /dati/ in the sitemap, and none of the files, which are not pages", () => {
    const sitemap = readBytes(site.dist, "sitemap-0.xml").toString("utf8");
    expect(sitemap).toContain(`<loc>${origin}${routes.openData()}</loc>`);
    expect(sitemap).not.toMatch(/\/dati\/[^<]+\.(csv|json|jsonld)<|feed\.json/);
  });

  it("links each dataset's files from the page of its section, and the JSON Feed from every page's head", () => {
    for (const dataset of OPEN_DATASETS) {
      const page = parse(
        readBytes(site.dist, path.join(dataset.sectionPath, "index.html")).toString("utf8"),
      );
      const links = page.querySelectorAll("a").map((link) => link.getAttribute("href"));
      expect(links).toContain(routes.openDataFile(dataset.id, "json"));
      expect(links).toContain(routes.openDataset(dataset.id));
    }
    const home = parse(readBytes(site.dist, "index.html").toString("utf8"));
    expect(
      home
        .querySelector('link[rel="alternate"][type="application/feed+json"]')
        ?.getAttribute("href"),
    ).toBe(routes.jsonFeed());
    expect(
      home.querySelector("footer")?.querySelector(`a[href="${routes.openData()}"]`),
    ).toBeTruthy();
  });
});

describe("the fixture site's open data", () => {
  const { origin } = fixtureSite;
  const members = readCsv(fixtureDist, routes.openDataFile("membri", "csv")).rows;
  const events = readCsv(fixtureDist, routes.openDataFile("eventi", "csv"));

  it("lets a journalist count the members by province from the CSV", () => {
    const byProvince = Map.groupBy(members, (row) => row["provincia"]);
    expect(Object.fromEntries([...byProvince].map(([code, rows]) => [code, rows.length]))).toEqual({
      MI: 1,
      BS: 1,
      "": 1,
    });
  });

  it("writes a member's lists joined by «; », its dates as ISO 8601 and its booleans as sì and no", () => {
    expect(members.find((row) => row["id"] === "officina-alfa")).toMatchObject({
      nome: "Officina Alfa Test",
      tipo: "impresa",
      tipo_etichetta: "Impresa",
      settori: "componentistica; Veicoli elettrici",
      data_adesione: "2026-03-01",
      socio_fondatore: "sì",
      seggio_comitato: "Componente",
      pagina: `${origin}/membri/officina-alfa/`,
    });
    expect(members.find((row) => row["id"] === "ateneo-beta")?.["socio_fondatore"]).toBe("no");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 asks, and they come back intact", () => {
    const special = events.rows.find((row) => row["id"] === "prima-del-cambio-ora");
    expect(special?.["titolo"]).toBe('Ricerca, sviluppo; "motori" & l\'auto: città e perché');
    expect(special?.["descrizione"]).toContain('e un "a capo".\nQuesta seconda riga');
    expect(special?.["luogo"]).toBe("Officina di prova, sala «A»");
    expect(events.bytes.toString("utf8")).toContain('"Ricerca, sviluppo; ""motori"" & l\'auto');
  });

  it("writes an event's times with their offsets, all-day events as dates", () => {
    expect(events.rows.find((row) => row["id"] === "dopo-il-cambio-ora")).toMatchObject({
      inizio: "2026-10-26T09:30:00+01:00",
      giornata_intera: "no",
      organizzatori: "Ateneo Beta Test",
      organizzatori_id: "ateneo-beta",
      calendario: `${origin}/eventi/dopo-il-cambio-ora.ics`,
    });
    expect(events.rows.find((row) => row["id"] === "giornata-2025")).toMatchObject({
      inizio: "2025-05-15",
      giornata_intera: "sì",
    });
    expect(events.rows.find((row) => row["id"] === "evento-annullato")?.["annullato"]).toBe("sì");
  });

  it("holds no draft or scheduled entry in any file", () => {
    const files = [
      ...OPEN_DATASET_IDS.flatMap((id) =>
        OPEN_DATA_FORMATS[id].map((format) => routes.openDataFile(id, format)),
      ),
      routes.dataCatalogue(),
      routes.jsonFeed(),
    ];
    for (const file of files) {
      expect(readBytes(fixtureDist, file).toString("utf8"), file).not.toContain("SEGRETO");
    }
    expect(events.rows.map((row) => row["id"])).not.toContain("bozza-evento");
    const feed = parseJsonFeed(readBytes(fixtureDist, routes.jsonFeed()).toString("utf8"));
    expect(feed.items?.map((item) => item.url)).not.toContain(
      `${origin}/notizie/2999/articolo-programmato/`,
    );
  });

  it("carries an MDX article's full text, components rendered, in the JSON Feed", () => {
    const feed = parseJsonFeed(readBytes(fixtureDist, routes.jsonFeed()).toString("utf8"));
    const mdx = feed.items?.find((item) => item.url?.endsWith("/notizie/2026/componenti-mdx/"));
    expect(mdx?.content_html).toContain("MDX-SEGNALE dentro il componente.");
    expect(feed.items).toHaveLength(17);
  });
});
