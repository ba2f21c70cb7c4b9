/** What the /dati/ page shows: each dataset with its files and fields. */
import { t } from "../../i18n/it.ts";
import { routes, type OpenDataFormat } from "../../routes.ts";
import { fileAnchor, OPEN_DATA_MEDIA_TYPES, OPEN_DATASETS, type OpenDataset } from "./datasets.ts";
import { fieldReference, type FieldRow } from "./field-reference.ts";

export interface DataFileLink {
  /** The anchor the catalogue names the distribution by. */
  id: string;
  format: OpenDataFormat;
  href: string;
  label: string;
  type: string;
}

export interface DatasetSection {
  dataset: OpenDataset;
  files: DataFileLink[];
  fields: FieldRow[];
}

/** A dataset's files, as links: its page's short list and /dati/ alike. */
export function dataFileLinks(dataset: OpenDataset): DataFileLink[] {
  return dataset.formats.map((format) => ({
    id: fileAnchor(dataset.id, format),
    format,
    href: routes.openDataFile(dataset.id, format),
    label: format === "schema.json" ? t.openData.schema : t.openData.download(format.toUpperCase()),
    type: OPEN_DATA_MEDIA_TYPES[format],
  }));
}

export function datasetSections(): DatasetSection[] {
  return OPEN_DATASETS.map((dataset) => ({
    dataset,
    files: dataFileLinks(dataset),
    fields: fieldReference(dataset),
  }));
}
