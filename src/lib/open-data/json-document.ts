/**
 * A dataset as a JSON document that describes itself: its schema's address, its licence and
 * its records, checked against the JSON Schema published beside it before it is written, so a
 * program that reads it against that schema never finds a surprise.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { z } from "astro/zod";
import { t } from "../../i18n/it.ts";
import { routes } from "../../routes.ts";
import { site } from "../../site.ts";
import { absoluteUrl } from "../site/page-meta.ts";
import { toRomeDateTime } from "../text/dates.ts";
import type { SiteData } from "../data/site-types.ts";
import { GENERATED_AT, type OpenDataset } from "./datasets.ts";
import { describedObject, fieldDescriptions } from "./records.ts";

const words = t.openData.document;

const licence = describedObject(
  { codice: z.string(), nome: z.string(), indirizzo: z.url() },
  { codice: words.licenceId, nome: words.licenceName, indirizzo: words.licenceUrl },
);

/** The document around a dataset's records; the records are under the dataset's own name. */
export function documentSchema(dataset: OpenDataset) {
  return describedObject(
    {
      $schema: z.url(),
      titolo: z.string(),
      descrizione: z.string(),
      editore: z.string(),
      pagina: z.url(),
      generato: z.iso.datetime({ offset: true }),
      licenza: licence,
      [dataset.id]: z.array(dataset.record),
    },
    { ...words, [dataset.id]: words.records },
  );
}

/** The JSON Schema published at `/dati/<dataset>.schema.json`. */
export function jsonSchema(dataset: OpenDataset): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(documentSchema(dataset), {
    target: "draft-2020-12",
    metadata: fieldDescriptions,
  });
  return {
    $schema,
    $id: absoluteUrl(routes.openDataFile(dataset.id, "schema.json")),
    title: dataset.title,
    description: dataset.description,
    ...rest,
  };
}

export function jsonDocument(dataset: OpenDataset, data: SiteData): Record<string, unknown> {
  const { id, name, url } = site.openDataLicence;
  return {
    $schema: absoluteUrl(routes.openDataFile(dataset.id, "schema.json")),
    titolo: dataset.title,
    descrizione: dataset.description,
    editore: site.name,
    pagina: absoluteUrl(routes.openDataset(dataset.id)),
    generato: toRomeDateTime(GENERATED_AT),
    licenza: { codice: id, nome: name, indirizzo: url },
    [dataset.id]: dataset.records(data),
  };
}

/** A file the build was about to publish does not match its own schema: a fault of the site. */
export class OpenDataSchemaError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(
      `Il file ${file} non rispetta il suo schema JSON e il sito non è stato costruito:\n${problems.join("\n")}\n` +
        "È un errore del codice del sito, non dei contenuti: le funzioni in src/lib/open-data/records.ts devono dare i campi dello schema.",
    );
    this.name = "OpenDataSchemaError";
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);

/** The document, checked against the schema with ajv (every problem listed), as JSON text. */
export function validatedJson(
  file: string,
  schema: Record<string, unknown>,
  document: unknown,
): string {
  const validate = ajv.getSchema(String(schema["$id"])) ?? ajv.compile(schema);
  if (!validate(document)) {
    throw new OpenDataSchemaError(
      file,
      (validate.errors ?? []).map(
        (error) => `${error.instancePath || "/"}: ${error.message ?? ""}`,
      ),
    );
  }
  return JSON.stringify(document, null, 2);
}
