/**
 * The datasets described in DCAT-AP_IT, the national profile of DCAT-AP that the Italian
 * open-data portals harvest (AgID, "Linee guida per i cataloghi dati"): a dcatapit:Catalog
 * published by the district, one dcatapit:Dataset per dataset with the properties the profile
 * makes mandatory (identifier, title, description, modified, theme, rights holder, frequency,
 * distributions), and one dcatapit:Distribution per file (format, access URL, licence).
 */
import { t } from "../../i18n/it.ts";
import { routes, type OpenDataFormat } from "../../routes.ts";
import { site } from "../../site.ts";
import { absoluteUrl } from "../site/page-meta.ts";
import { toIsoDay } from "../text/dates.ts";
import {
  fileAnchor,
  GENERATED_AT,
  NEWS_DATASET,
  OPEN_DATA_MEDIA_TYPES,
  OPEN_DATASETS,
} from "./datasets.ts";

const EU = "http://publications.europa.eu/resource/authority";
/** The EU data theme "Economia e finanze": a district of companies of one sector. */
const THEME = `${EU}/data-theme/ECON`;
/** The files change whenever the secretariat publishes: at no fixed interval. */
const FREQUENCY = `${EU}/frequency/IRREG`;
const LANGUAGE = `${EU}/language/ITA`;
/** The EU file types of each format. */
const FILE_TYPES: Record<OpenDataFormat | "rss", string> = {
  csv: `${EU}/file-type/CSV`,
  json: `${EU}/file-type/JSON`,
  "schema.json": `${EU}/file-type/JSON`,
  rss: `${EU}/file-type/RSS`,
};
/** DCAT's media types are IANA's, named by their address. */
const ianaType = (mediaType: string) => `https://www.iana.org/assignments/media-types/${mediaType}`;

export const CATALOGUE_MEDIA_TYPE = "application/ld+json";

/** The section of /dati/ that names the publisher and the catalogue. */
export const PUBLISHER_ANCHOR = "editore";

const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  dcatapit: "http://dati.gov.it/onto/dcatapit#",
  foaf: "http://xmlns.com/foaf/0.1/",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

const italian = (value: string) => ({ "@language": "it", "@value": value });
const ref = (id: string) => ({ "@id": id });

interface Distribution {
  anchor: string;
  title: string;
  path: string;
  format: OpenDataFormat | "rss";
  mediaType: string;
}

export function dataCatalogue() {
  const licence = site.openDataLicence;
  const publisher = absoluteUrl(`${routes.openData()}#${PUBLISHER_ANCHOR}`);
  const modified = { "@type": "xsd:date", "@value": toIsoDay(GENERATED_AT) };
  // An identifier the district assigns itself until a portal gives it one: its host, then the
  // dataset's name.
  const identifier = (name: string) => `${site.url.host}:${name}`;

  const datasets = [
    ...OPEN_DATASETS.map((dataset) => ({
      anchor: dataset.id,
      title: dataset.title,
      description: dataset.description,
      landingPage: routes.openDataset(dataset.id),
      distributions: dataset.formats
        .filter((format) => format !== "schema.json")
        .map((format): Distribution => ({
          anchor: fileAnchor(dataset.id, format),
          title: `${dataset.title} (${format.toUpperCase()})`,
          path: routes.openDataFile(dataset.id, format),
          format,
          mediaType: OPEN_DATA_MEDIA_TYPES[format],
        })),
      schemaPath: routes.openDataFile(dataset.id, "schema.json"),
    })),
    {
      anchor: NEWS_DATASET.id,
      title: NEWS_DATASET.title,
      description: NEWS_DATASET.description,
      landingPage: NEWS_DATASET.landingPath,
      distributions: NEWS_DATASET.feeds.map(({ format, feed }): Distribution => ({
        anchor: fileAnchor(NEWS_DATASET.id, format),
        title: feed.title,
        path: feed.href,
        format,
        mediaType: feed.type,
      })),
      schemaPath: undefined,
    },
  ];
  /** Datasets and distributions are named by their anchors on /dati/. */
  const onPage = (anchor: string) => absoluteUrl(`${routes.openData()}#${anchor}`);

  return {
    "@context": DCAT_CONTEXT,
    "@graph": [
      {
        "@id": absoluteUrl(routes.dataCatalogue()),
        "@type": ["dcat:Catalog", "dcatapit:Catalog"],
        "dct:title": italian(t.openData.catalogueTitleText),
        "dct:description": italian(t.openData.catalogueDescription),
        "dct:publisher": ref(publisher),
        "dct:modified": modified,
        "dct:language": ref(LANGUAGE),
        "foaf:homepage": ref(absoluteUrl(routes.openData())),
        "dcat:dataset": datasets.map((dataset) => ref(onPage(dataset.anchor))),
      },
      {
        "@id": publisher,
        "@type": ["foaf:Agent", "dcatapit:Agent"],
        "dct:identifier": site.url.host,
        "foaf:name": italian(site.name),
      },
      {
        "@id": licence.url,
        "@type": ["dct:LicenseDocument", "dcatapit:LicenseDocument"],
        "dct:type": ref(licence.vocabularyConcept),
        "foaf:name": italian(licence.name),
      },
      ...datasets.map((dataset) => ({
        "@id": onPage(dataset.anchor),
        "@type": ["dcat:Dataset", "dcatapit:Dataset"],
        "dct:identifier": identifier(dataset.anchor),
        "dct:title": italian(dataset.title),
        "dct:description": italian(dataset.description),
        "dct:modified": modified,
        "dcat:theme": ref(THEME),
        "dct:rightsHolder": ref(publisher),
        "dct:publisher": ref(publisher),
        "dct:accrualPeriodicity": ref(FREQUENCY),
        "dct:language": ref(LANGUAGE),
        "dcat:landingPage": ref(absoluteUrl(dataset.landingPage)),
        "dcat:distribution": dataset.distributions.map((distribution) =>
          ref(onPage(distribution.anchor)),
        ),
      })),
      ...datasets.flatMap((dataset) =>
        dataset.distributions.map((distribution) => ({
          "@id": onPage(distribution.anchor),
          "@type": ["dcat:Distribution", "dcatapit:Distribution"],
          "dct:title": italian(distribution.title),
          "dcat:accessURL": ref(absoluteUrl(distribution.path)),
          "dcat:downloadURL": ref(absoluteUrl(distribution.path)),
          "dct:format": ref(FILE_TYPES[distribution.format]),
          "dcat:mediaType": ref(ianaType(distribution.mediaType)),
          "dct:license": ref(licence.url),
          "dct:modified": modified,
          // The JSON file follows its JSON Schema, a standard in DCAT-AP_IT's terms.
          ...(dataset.schemaPath &&
            distribution.format === "json" && {
              "dct:conformsTo": {
                "@id": absoluteUrl(dataset.schemaPath),
                "@type": ["dct:Standard", "dcatapit:Standard"],
                "dct:identifier": absoluteUrl(dataset.schemaPath),
                "dct:title": italian(`${t.openData.schema}: ${dataset.title}`),
              },
            }),
        })),
      ),
    ],
  };
}
