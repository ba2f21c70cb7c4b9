/**
 * The browser editor's configuration, generated at build time from the collection registry and
 * the schemas: nobody writes it by hand, and a test fails when it no longer matches them. The
 * CMS writes the same Markdown files, in the same folders and with the same names, that the
 * content check reads.
 */
import type { CmsConfig, EntryCollection, Field } from "@sveltia/cms";
import {
  COLLECTION_NAMES,
  isCollectionName,
  registry,
  type CollectionDefinition,
  type CollectionName,
} from "../../../src/collections.ts";
import type { CmsSettings } from "../../../src/lib/site/deploy-settings.ts";
import { SITE_TIME_ZONE } from "../../../src/lib/text/dates.ts";
import { site } from "../../../src/site.ts";
import { collectionFields, type SchemaField } from "../schema-fields.ts";
import { cmsFields } from "./fields.ts";

/** Documents (PDFs, forms) live in public/documenti/ and are linked as /documenti/…. */
export const DOCUMENTS_FOLDER = "public/documenti";
export const DOCUMENTS_ADDRESS = "/documenti";

/** The Markdown body, which no schema describes. */
const BODY_FIELD: Field = {
  name: "body",
  label: "Testo",
  widget: "markdown",
  required: false,
  hint: "Il testo della pagina. Per un titoletto usa «Titolo 2»; le immagini nel testo vanno caricate qui e descritte.",
  // Code blocks and raw HTML have no place in the district's pages.
  editor_components: ["image"],
};

/**
 * The field an entry is known by in lists, pickers and its new file's name: its `title` or
 * `name`, else its first required text or reference field (a committee seat's `member`, an
 * English member's `translationOf`: an organisation's file keeps its Italian id in English).
 */
export function identifierField(fields: readonly SchemaField[]): string {
  const required = fields.filter(
    (field) => field.required && (field.kind === "text" || field.kind === "reference"),
  );
  const identifier =
    required.find((field) => field.key === "title" || field.key === "name") ?? required[0];
  if (!identifier) throw new Error("A collection needs a required text field to name entries.");
  return identifier.key;
}

/** Where a new entry's file goes, below the collection's folder, without `.md`. */
export function entryPath(name: CollectionName): string {
  const collection: CollectionDefinition = registry[name];
  if (!collection.yearFolders) return "{{slug}}";
  // An English article goes in its original's year folder, which no path template can read:
  // such collections are not created here (below), and this only tells the CMS the depth.
  if (collection.translates) return "{{year}}/{{slug}}";
  if (!collection.yearField) throw new Error(`${name} is in year folders but names no yearField.`);
  // The folder is the year of publication in Rome, as the content check requires.
  return `{{fields.${collection.yearField} | date('YYYY', '${SITE_TIME_ZONE}')}}/{{slug}}`;
}

/** What an English collection holds, at the top of its list. */
function translationDescription(translates: CollectionName, creatable: boolean): string {
  const italian = registry[translates].label;
  return (
    `Le versioni inglesi delle voci di «${italian}»: ognuna sceglie in «Originale italiano» la voce che traduce e ne scrive in inglese solo i testi; date, immagini e ogni altro campo vengono dall'originale, che si modifica in «${italian}».` +
    (creatable
      ? ""
      : ` Una nuova traduzione si crea con npm run new -- en ${translates} <id> "English title", che la mette nella cartella dell'anno dell'originale (EDITING.md).`)
  );
}

function collectionConfig(name: CollectionName): EntryCollection {
  const collection = registry[name];
  const fields = collectionFields(name);
  const identifierOf = (target: string) => {
    if (!isCollectionName(target)) throw new Error(`${name} refers to ${target}, no collection.`);
    return identifierField(collectionFields(target));
  };
  const identifier = identifierField(fields);
  const { yearField, translates, template } = collection as CollectionDefinition;
  // English articles are written by `npm run new -- en news`, which knows the original's year.
  const creatable = translates ? !collection.yearFolders : template !== undefined;
  return {
    name,
    label: collection.label,
    folder: `content/${collection.folder}`,
    extension: "md",
    format: "yaml-frontmatter",
    path: entryPath(name),
    identifier_field: identifier,
    ...(translates && { description: translationDescription(translates, creatable) }),
    // Entries written by a script of their own (the newsletter's by `npm run newsletter`, which
    // numbers them) are edited here, not created.
    ...(!creatable && { create: false }),
    // Images go next to the entry, in a folder named after it (news/2026/titolo/foto.jpg), and
    // are written relative to the entry (./titolo/foto.jpg), as the schemas want: Sveltia's
    // entry-relative media folder is that folder.
    media_folder: "",
    public_folder: "./{{slug}}",
    ...(yearField && {
      sortable_fields: {
        fields: [yearField, identifier],
        default: { field: yearField, direction: "descending" },
      },
    }),
    ...(collection.drafts && {
      view_filters: [{ label: "Bozze", field: "draft", pattern: true }],
    }),
    fields: [...cmsFields(fields, identifierOf), BODY_FIELD],
  };
}

/** The whole configuration, for a repository and authenticator known at deploy time. */
export function cmsConfig(settings: CmsSettings, siteUrl: URL): CmsConfig {
  return {
    backend: {
      name: "github",
      repo: settings.repository,
      branch: settings.branch,
      base_url: settings.authUrl,
      // Editors sign in with their GitHub account; access tokens are for developers.
      auth_methods: ["oauth"],
      // A merged pull request is one commit on the published branch.
      squash_merges: true,
      commit_messages: {
        create: "Nuovo contenuto in {{collection}}: {{slug}}",
        update: "Modifica in {{collection}}: {{slug}}",
        delete: "Eliminato da {{collection}}: {{slug}}",
        uploadMedia: "Caricato il file {{path}}",
        deleteMedia: "Eliminato il file {{path}}",
        openAuthoring: "{{message}}",
      },
    },
    // Draft, in review, ready: each change is a branch and a pull request whose checks (the
    // content check, the build, the tests) a reviewer sees before publishing.
    publish_mode: "editorial_workflow",
    media_folder: DOCUMENTS_FOLDER,
    public_folder: DOCUMENTS_ADDRESS,
    site_url: siteUrl.origin,
    app_title: `${site.name}: modifica dei contenuti`,
    logo: { src: "/favicon.svg" },
    slug: {
      encoding: "ascii",
      clean_accents: true,
      sanitize_replacement: "-",
      lowercase: true,
      trim: true,
    },
    output: {
      // An optional field left empty is left out, as an editor writing the file would.
      omit_empty_optional_fields: true,
    },
    collections: COLLECTION_NAMES.map(collectionConfig),
  };
}
