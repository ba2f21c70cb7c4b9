/**
 * The registry of content collections: for each, its folder, the label editors see, its schema,
 * whether it has drafts, its address and its `npm run new` template. The Astro content config,
 * the content check, the field reference, `npm run new` and the site's address list all derive
 * from it: adding a collection means one entry here, its schema module and its pages.
 */
import { existsSync } from "node:fs";
import type { z } from "astro/zod";
import { editorMessage, editorMessageText } from "./i18n/editor-messages.ts";
import { romeTime, romeYear, toIsoDay, toRomeDateTime } from "./lib/text/dates.ts";
import { eventFileSlug } from "./lib/events/event-file-name.ts";
import { RESERVED_SEGMENTS, enRoutes, routes } from "./routes.ts";
import { committeeSchema } from "./schemas/committee.ts";
import { districtSchema } from "./schemas/district.ts";
import { eventSchema } from "./schemas/events.ts";
import { GROUP_STATUSES, groupSchema } from "./schemas/groups.ts";
import type { SchemaHelpers } from "./schemas/helpers.ts";
import { MEMBER_TYPES, PROVINCES, memberSchema } from "./schemas/members.ts";
import { newsSchema } from "./schemas/news.ts";
import { newsletterSchema } from "./schemas/newsletter.ts";
import { pageSchema } from "./schemas/pages.ts";
import {
  committeeTranslationSchema,
  districtTranslationSchema,
  eventTranslationSchema,
  groupTranslationSchema,
  memberTranslationSchema,
  newsTranslationSchema,
  pageTranslationSchema,
  type TranslatedCollection,
} from "./schemas/translations.ts";

/**
 * The word every placeholder of the templates begins with: the content check refuses a text
 * that still holds it wherever the file would be published.
 */
export const PLACEHOLDER = "SOSTITUISCI";

/**
 * The content folder as editors and the check's messages name it: content/, or CONTENT_DIR, with
 * which tests and the benchmark build other content folders through the same code.
 */
export const contentFolder = process.env["CONTENT_DIR"] ?? "content";

/** What `npm run new -- <command> "Titolo"` writes. */
export interface EntryTemplate {
  /** The word after `npm run new --`. */
  command: string;
  /** What the argument after the command is, for the usage message. */
  argument: string;
  /** The new file's path inside the collection's folder (`2026/titolo.md`). */
  file: (slug: string, today: Date) => string;
  /** The frontmatter and a body to replace. */
  text: (title: string, slug: string, today: Date) => string;
  /** A reason to refuse this slug, given the content folder, if any. */
  refuse?: (slug: string, contentRoot: string) => string | undefined;
  /** What to do next, after "Ora sostituisci i testi SOSTITUISCI; ". */
  next: string;
}

export interface CollectionDefinition {
  /** How editors call it, in the check's summary and the field reference. */
  label: string;
  /** Its folder under content/: the name of an Italian collection, `en/<name>` for English. */
  folder: string;
  /** For an English version, the Italian collection whose entries it translates. */
  translates?: TranslatedCollection;
  schema: (helpers: SchemaHelpers) => z.ZodType;
  /** Whether `draft: true` keeps an entry unpublished; elsewhere the field is an error. */
  drafts: boolean;
  /** News sits in one folder per publication year; every other collection's files sit flat. */
  yearFolders: boolean;
  /** For a collection in year folders, the date field whose year in Rome names the folder. */
  yearField?: string;
  /** The address an entry is published at, or undefined when it has no page of its own. */
  address: ((id: string) => string) | undefined;
  /** Absent where entries are written another way (the newsletter's by `npm run newsletter`). */
  template?: EntryTemplate;
}

const QUOTE = JSON.stringify;
const lines = (...text: string[]) => [...text, ""].join("\n");
const memberFileExists = (slug: string, contentRoot: string) =>
  [".md", ".mdx"].some((extension) => existsSync(`${contentRoot}/members/${slug}${extension}`));

/**
 * The English versions, one collection per translated one, in content/en/<name>/: only text,
 * the original carries the rest (its drafts, its dates), so none has drafts of its own. Written
 * as a function so the Italian entries above read first.
 */
function englishVersions() {
  const english = <Schema extends z.ZodType>(
    translates: TranslatedCollection,
    label: string,
    schema: (helpers: SchemaHelpers) => Schema,
    address: CollectionDefinition["address"],
  ) =>
    ({
      label: `${label} (versione inglese)`,
      folder: `en/${translates}`,
      translates,
      schema,
      drafts: false,
      // An English article sits in the year folder of its original: its address keeps the year.
      yearFolders: translates === "news",
      address,
    }) satisfies CollectionDefinition;
  return {
    enDistrict: english("district", "Distretto", districtTranslationSchema, enRoutes.districtPage),
    enCommittee: english("committee", "Comitato", committeeTranslationSchema, undefined),
    enMembers: english("members", "Membri", memberTranslationSchema, enRoutes.member),
    enNews: english("news", "Notizie", newsTranslationSchema, enRoutes.articleById),
    enEvents: english("events", "Eventi", eventTranslationSchema, enRoutes.event),
    enGroups: english("groups", "Gruppi di lavoro", groupTranslationSchema, enRoutes.group),
    enPages: english("pages", "Pagine", pageTranslationSchema, enRoutes.page),
  };
}

/** The Italian collections' folders under content/ are their names. */
export const registry = {
  news: {
    folder: "news",
    label: "Notizie",
    schema: newsSchema,
    drafts: true,
    yearFolders: true,
    yearField: "pubDate",
    address: routes.articleById,
    template: {
      command: "news",
      argument: "il titolo dell'articolo",
      file: (slug, today) => `${romeYear(today)}/${slug}.md`,
      text: (title, _slug, today) =>
        lines(
          "---",
          `title: ${QUOTE(title)}`,
          'description: "SOSTITUISCI: una o due frasi che riassumono l\'articolo."',
          `pubDate: ${toIsoDay(today)}`,
          "tags: []",
          "members: []",
          "draft: true",
          "---",
          "",
          "SOSTITUISCI: il testo dell'articolo.",
        ),
      next: "scrivi il testo, poi togli la riga draft: true per pubblicarlo.",
    },
  },
  members: {
    folder: "members",
    label: "Membri",
    schema: memberSchema,
    drafts: false,
    yearFolders: false,
    address: routes.member,
    template: {
      command: "member",
      argument: "il nome dell'organizzazione",
      file: (slug) => `${slug}.md`,
      text: (title, _slug, today) =>
        lines(
          "---",
          `name: ${QUOTE(title)}`,
          `type: impresa # uno di: ${MEMBER_TYPES.join(", ")}`,
          `# province: MI # uno di: ${PROVINCES.join(", ")}`,
          '# city: "Milano"',
          '# website: "https://www.esempio.it"',
          "# logo: ./logo.png # il file del logo, accanto a questo file",
          'sectors: [] # i settori di attività, come ["Componentistica", "Stampaggio"]',
          `# joined: ${toIsoDay(today)} # il giorno dell'adesione`,
          "---",
          "",
          "SOSTITUISCI: la descrizione dell'organizzazione.",
        ),
      next: "controlla type, togli il # davanti ai campi che ti servono e scrivi la descrizione.",
    },
  },
  committee: {
    folder: "committee",
    label: "Comitato",
    schema: committeeSchema,
    drafts: false,
    yearFolders: false,
    // Every seat is shown on the one committee page.
    address: undefined,
    template: {
      command: "committee",
      argument: "il nome del file del membro in content/members/ (senza .md)",
      file: (slug) => `${slug}.md`,
      text: (_title, slug) =>
        lines(
          "---",
          `member: ${slug}`,
          'role: "Componente del comitato di networking"',
          "# order: 1",
          "---",
          "",
          "SOSTITUISCI: che cosa porta l'organizzazione al comitato (facoltativo).",
        ),
      refuse: (slug, contentRoot) =>
        memberFileExists(slug, contentRoot)
          ? undefined
          : `${editorMessageText(editorMessage("MemberNotFound", { id: slug }))} Per crearlo: npm run new -- member "Nome".`,
      next: "controlla il ruolo e scrivi il testo, oppure toglilo.",
    },
  },
  district: {
    folder: "district",
    label: "Distretto",
    schema: districtSchema,
    drafts: true,
    yearFolders: false,
    address: routes.districtPage,
    template: {
      command: "district",
      argument: "il titolo della pagina",
      file: (slug) => `${slug}.md`,
      text: (title) =>
        lines(
          "---",
          `title: ${QUOTE(title)}`,
          'description: "SOSTITUISCI: una frase che riassume la pagina."',
          "# order: 6",
          "draft: true",
          "---",
          "",
          "SOSTITUISCI: il testo della pagina.",
        ),
      next: "scrivi il testo, poi togli la riga draft: true per pubblicarla.",
    },
  },
  events: {
    folder: "events",
    label: "Eventi",
    schema: eventSchema,
    drafts: true,
    yearFolders: false,
    address: routes.event,
    template: {
      command: "event",
      argument: "il titolo dell'evento",
      // The month and year of the start written below (today), as EDITING.md recommends.
      file: (slug, today) => `${eventFileSlug(slug, romeTime(today, 9, 30))}.md`,
      text: (title, _slug, today) =>
        lines(
          "---",
          `title: ${QUOTE(title)}`,
          'description: "SOSTITUISCI: una o due frasi che riassumono l\'evento."',
          `start: ${toRomeDateTime(romeTime(today, 9, 30))} # data, ora e fuso; solo la data per un giorno intero`,
          `# end: ${toRomeDateTime(romeTime(today, 13, 0))}`,
          "location:",
          '  name: "SOSTITUISCI: il nome del luogo"',
          '  address: "SOSTITUISCI: via e numero civico"',
          '  city: "SOSTITUISCI: la città"',
          `  # province: MI # uno di: ${PROVINCES.join(", ")}`,
          '# online: "https://www.esempio.it/diretta" # al posto di location, o in aggiunta',
          '# registration: "https://www.esempio.it/iscrizioni"',
          "organizers: []",
          "groups: []",
          "tags: []",
          "draft: true",
          "---",
          "",
          "SOSTITUISCI: che cosa succede e per chi.",
        ),
      next: "controlla data e luogo, scrivi il testo, poi togli la riga draft: true per pubblicarlo. Il nome del file finisce con il mese e l'anno di oggi: se l'evento è in un altro mese, rinomina il file prima di pubblicarlo.",
    },
  },
  groups: {
    folder: "groups",
    label: "Gruppi di lavoro",
    schema: groupSchema,
    drafts: false,
    yearFolders: false,
    address: routes.group,
    template: {
      command: "group",
      argument: "il nome del gruppo di lavoro",
      file: (slug) => `${slug}.md`,
      text: (title) =>
        lines(
          "---",
          `title: ${QUOTE(title)}`,
          'description: "SOSTITUISCI: una o due frasi su che cosa fa il gruppo."',
          "coordinator: SOSTITUISCI # il nome del file del membro che coordina, senza .md",
          "members: []",
          `status: in-avvio # uno di: ${GROUP_STATUSES.join(", ")}`,
          "# order: 1",
          "---",
          "",
          "SOSTITUISCI: gli obiettivi del gruppo.",
        ),
      // A group has no drafts, and who coordinates it cannot be guessed: until coordinator
      // names a member, the check refuses the file and nothing half-written is published.
      next: "scrivi in coordinator il nome del file del membro che coordina (content/members/, senza .md): finché resta SOSTITUISCI il controllo segnala un errore.",
    },
  },
  newsletter: {
    folder: "newsletter",
    label: "Notiziario",
    schema: newsletterSchema,
    drafts: true,
    yearFolders: false,
    // Each file is named by its issue's number: content/newsletter/12.md is issue 12.
    address: routes.newsletterIssue,
  },
  pages: {
    folder: "pages",
    label: "Pagine",
    schema: pageSchema,
    drafts: false,
    yearFolders: false,
    address: routes.page,
    template: {
      command: "page",
      argument: "il titolo della pagina",
      file: (slug) => `${slug}.md`,
      text: (title, _slug, today) =>
        lines(
          "---",
          `title: ${QUOTE(title)}`,
          'description: "SOSTITUISCI: una frase che riassume la pagina."',
          `updatedDate: ${toIsoDay(today)}`,
          "---",
          "",
          "SOSTITUISCI: il testo della pagina.",
        ),
      refuse: (slug) =>
        RESERVED_SEGMENTS.includes(slug)
          ? `l'indirizzo /${slug}/ è già una sezione del sito: scegli un altro titolo.`
          : undefined,
      next: "scrivi il testo: la pagina viene pubblicata alla prossima pubblicazione del sito.",
    },
  },
  ...englishVersions(),
} satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof registry;
export const COLLECTION_NAMES = Object.keys(registry) as CollectionName[];

/** Every collection's folder under content/, in the registry's order. */
export const COLLECTION_FOLDERS = COLLECTION_NAMES.map((name) => registry[name].folder);

/** The Italian collections, whose entries stand on their own. */
export const ITALIAN_COLLECTIONS = COLLECTION_NAMES.filter(
  (name) => !(registry[name] as CollectionDefinition).translates,
);

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(registry, name);
}

/**
 * The collection a file under content/ belongs to, and its path inside the collection's folder
 * (`en/news/2026/x.md` → enNews, `2026/x.md`); undefined for a file outside every folder.
 */
export function collectionOfFile(file: string): { name: CollectionName; rest: string } | undefined {
  for (const name of COLLECTION_NAMES) {
    const prefix = `${registry[name].folder}/`;
    if (file.startsWith(prefix) && file.length > prefix.length) {
      return { name, rest: file.slice(prefix.length) };
    }
  }
  return undefined;
}
