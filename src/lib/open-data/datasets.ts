/**
 * The open datasets, declared once: their names, words, records and formats. The files under
 * /dati/, their JSON Schemas, the /dati/ page and the DCAT-AP_IT catalogue all read this list.
 */
import type { z } from "astro/zod";
import { t } from "../../i18n/it.ts";
import {
  OPEN_DATA_FORMATS,
  routes,
  type OpenDataFormat,
  type OpenDatasetId,
} from "../../routes.ts";
import type { SiteData } from "../data/site-types.ts";
import { siteFeed, siteJsonFeed, type FeedLink } from "../feeds/feed-links.ts";
import {
  eventRecord,
  eventRecords,
  groupRecord,
  groupRecords,
  memberRecord,
  memberRecords,
} from "./records.ts";

export interface OpenDataset {
  id: OpenDatasetId;
  title: string;
  description: string;
  /** One record, as a row of the CSV and an item of the JSON document. */
  record: z.ZodObject;
  records: (data: SiteData) => object[];
  formats: readonly OpenDataFormat[];
  /** The section of the site that shows the same entries. */
  sectionPath: string;
}

const dataset = (
  id: OpenDatasetId,
  fields: Pick<OpenDataset, "record" | "records" | "sectionPath">,
): OpenDataset => ({ id, ...t.openData.datasets[id], formats: OPEN_DATA_FORMATS[id], ...fields });

export const OPEN_DATASETS: readonly OpenDataset[] = [
  dataset("membri", {
    record: memberRecord,
    records: memberRecords,
    sectionPath: routes.members(),
  }),
  dataset("eventi", {
    record: eventRecord,
    records: eventRecords,
    sectionPath: routes.events(),
  }),
  dataset("gruppi", {
    record: groupRecord,
    records: groupRecords,
    sectionPath: routes.groups(),
  }),
];

export function openDataset(id: OpenDatasetId): OpenDataset {
  const found = OPEN_DATASETS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No open dataset ${id}`);
  return found;
}

/** Every file a dataset is published as, for the endpoints' static paths. */
export const openDataFiles = (format: OpenDataFormat) =>
  OPEN_DATASETS.filter((candidate) => candidate.formats.includes(format)).map((candidate) => ({
    params: { dataset: candidate.id },
  }));

/** Each format's media type: the endpoints send it, the links and the catalogue name it. */
export const OPEN_DATA_MEDIA_TYPES: Readonly<Record<OpenDataFormat, string>> = {
  csv: "text/csv",
  json: "application/json",
  "schema.json": "application/schema+json",
};

/** The anchor of a file's link on /dati/, by which the catalogue names its distribution. */
export const fileAnchor = (id: string, format: OpenDataFormat | "rss") =>
  `${id}-${format === "schema.json" ? "schema" : format}`;

/** The news are a dataset of the catalogue too, published as the site's two feeds. */
export const NEWS_DATASET = {
  id: "notizie",
  ...t.openData.datasets.notizie,
  landingPath: routes.news(),
  feeds: [
    { format: "json", feed: siteJsonFeed },
    { format: "rss", feed: siteFeed },
  ] satisfies { format: "json" | "rss"; feed: FeedLink }[],
} as const;

/**
 * The moment the files are generated: once per build, shared by every file, so the catalogue
 * and the files it describes agree on it.
 */
export const GENERATED_AT = new Date();
