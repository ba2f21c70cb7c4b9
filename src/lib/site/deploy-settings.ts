/**
 * The settings known only at deploy time, read from the environment and validated once: a
 * wrong value stops the build with a message that names the variable and the value, instead of
 * publishing canonical links to a wrong address or a form that posts nowhere.
 */
import { z } from "astro/zod";
import {
  DEFAULT_OPEN_DATA_LICENCE,
  OPEN_DATA_LICENCE_IDS,
  OPEN_DATA_LICENCES,
  type OpenDataLicence,
} from "../open-data/licences.ts";

/** The reserved .example domain stands in until the public address is known. */
export const DEFAULT_SITE_URL = "https://distretto-auto.example";

export interface DeploySettings {
  /** The public origin: canonical URLs, sitemap, feeds, social cards. */
  url: URL;
  contactEmail: string;
  joinEndpoint: string;
  /** The updates form, once listmonk's address and lists are known. */
  subscribe: SubscribeSettings | undefined;
  /** Browser editing at /admin/, once its repository and authenticator are known. */
  cms: CmsSettings | undefined;
  /** What re-users may do with the files under /dati/ and the JSON Feed. */
  openDataLicence: OpenDataLicence;
}

export interface CmsSettings {
  /** The GitHub repository the CMS commits to, `owner/name`. */
  repository: string;
  /** The branch the site is published from. */
  branch: string;
  /** The origin of the OAuth authenticator (Sveltia's Cloudflare Worker). */
  authUrl: string;
}

export interface SubscribeSettings {
  /** listmonk's public root URL, an origin: the form posts to its routes. */
  listmonkUrl: string;
  /** The lists the form subscribes to; with more than one, the reader ticks those they want. */
  lists: readonly SubscribeList[];
}

export interface SubscribeList {
  /** The list's UUID in listmonk. */
  uuid: string;
  /** What the reader ticks, in Italian; empty when the form has one list and no choice. */
  label: string;
}

/** The deploy workflow publishes this branch; the CMS commits to it unless told otherwise. */
export const DEFAULT_CMS_BRANCH = "main";

/** Tests and local previews post to recorders on this machine; nothing else may be plain http. */
export const isLocalHttp = (url: URL) =>
  url.protocol === "http:" && (url.hostname === "127.0.0.1" || url.hostname === "localhost");

const asUrl = (value: string) => {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
};

const ORIGIN_EXAMPLE = "https://www.distretto-auto.it";
const LOCAL = "http://127.0.0.1 o http://localhost per le prove sul proprio computer";

/** An https origin (or a local http one) with nothing after it: no path, query or fragment. */
const isOrigin = (value: string) => {
  const url = asUrl(value);
  return (
    url !== undefined &&
    (url.protocol === "https:" || isLocalHttp(url)) &&
    url.pathname === "/" &&
    !url.search &&
    !url.hash &&
    !url.username &&
    url.origin !== "null"
  );
};

const origin = z.string().refine(isOrigin, {
  message: `deve essere l'origine pubblica del sito, in https e senza percorso, come ${ORIGIN_EXAMPLE} (oppure ${LOCAL}).`,
});

const endpoint = z.string().refine(
  (value) => {
    const url = asUrl(value);
    return url !== undefined && (url.protocol === "https:" || isLocalHttp(url));
  },
  {
    message: `deve essere un indirizzo https del servizio che riceve il modulo, come https://moduli.esempio.it/adesione (oppure ${LOCAL}).`,
  },
);

const listmonkOrigin = z.string().refine(isOrigin, {
  message: `deve essere l'indirizzo pubblico di listmonk, in https e senza percorso, come https://liste.distretto-auto.it (oppure ${LOCAL}).`,
});

/** listmonk's own pattern for a UUID (cmd/handlers.go, reUUID). */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const LISTS_EXAMPLE = "<uuid-1>=Notizie,<uuid-2>=Eventi";

/** `uuid` or `uuid=Etichetta`, comma-separated. */
const parseLists = (value: string): SubscribeList[] =>
  value.split(",").map((entry) => {
    const [uuid = "", ...label] = entry.split("=");
    return { uuid: uuid.trim().toLowerCase(), label: label.join("=").trim() };
  });

const subscribeLists = z.string().superRefine((value, context) => {
  const lists = parseLists(value);
  const problem = (message: string) => {
    context.addIssue({ code: "custom", message });
  };
  const malformed = lists.find((list) => !UUID.test(list.uuid));
  if (malformed) {
    problem(
      `"${malformed.uuid}" non è l'UUID di una lista di listmonk, come 8f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b (listmonk lo mostra aprendo la lista, in Liste). Più liste si separano con una virgola: ${LISTS_EXAMPLE}.`,
    );
  } else if (new Set(lists.map((list) => list.uuid)).size < lists.length) {
    problem("nomina due volte la stessa lista: scrivi ogni UUID una volta sola.");
  } else if (lists.length > 1 && lists.some((list) => !list.label)) {
    problem(
      `con più liste il lettore sceglie quali ricevere, quindi ognuna ha dopo = il nome che vede: ${LISTS_EXAMPLE}.`,
    );
  }
});

const email = z.email({
  message: "deve essere un indirizzo e-mail, come segreteria@esempio.it.",
});

const repository = z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, {
  message:
    "deve essere il repository GitHub del sito, come proprietario/nome (per esempio distretto-auto/sito).",
});

const branch = z.string().regex(/^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]+$/, {
  message: "deve essere il nome di un ramo del repository, come main.",
});

const authOrigin = z.string().refine(isOrigin, {
  message:
    "deve essere l'origine del servizio di accesso (sveltia-cms-auth), in https e senza percorso, come https://sveltia-cms-auth.esempio.workers.dev.",
});

const openDataLicence = z.enum(OPEN_DATA_LICENCE_IDS, {
  message: `deve essere il codice SPDX di una licenza aperta tra ${OPEN_DATA_LICENCE_IDS.join(", ")} (se non è impostata vale ${DEFAULT_OPEN_DATA_LICENCE}).`,
});

/** Empty means "not known yet": the pages say the contacts are being set up. */
const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]);

const settingsSchema = z.object({
  SITE_URL: origin,
  PUBLIC_CONTACT_EMAIL: optional(email),
  PUBLIC_JOIN_ENDPOINT: optional(endpoint),
  PUBLIC_SUBSCRIBE_ENDPOINT: optional(listmonkOrigin),
  PUBLIC_SUBSCRIBE_LISTS: optional(subscribeLists),
  CMS_GITHUB_REPO: optional(repository),
  CMS_GITHUB_BRANCH: branch,
  CMS_AUTH_URL: optional(authOrigin),
  OPEN_DATA_LICENSE: openDataLicence,
});

type SettingName = keyof z.input<typeof settingsSchema>;
/** The environment variables a deploy sets, as the workflow hands them to the build. */
export const DEPLOY_SETTING_NAMES = Object.keys(settingsSchema.shape) as SettingName[];
const NAMES = DEPLOY_SETTING_NAMES;

export class DeploySettingsError extends Error {
  constructor(problems: readonly string[]) {
    super(
      `Le impostazioni di pubblicazione non sono valide; il sito non è stato costruito.\n${problems.join("\n")}\n` +
        "Correggi le variabili d'ambiente (nel flusso di pubblicazione sono le variabili del repository), poi ricostruisci.",
    );
    this.name = "DeploySettingsError";
  }
}

/** Settings that work only together, what they turn on, and how to leave it off. */
const PAIRS: readonly {
  names: readonly [SettingName, SettingName];
  purpose: string;
  off: string;
}[] = [
  {
    names: ["CMS_GITHUB_REPO", "CMS_AUTH_URL"],
    purpose: "per attivare la modifica dal browser (/admin/)",
    off: "per non attivarla",
  },
  {
    names: ["PUBLIC_SUBSCRIBE_ENDPOINT", "PUBLIC_SUBSCRIBE_LISTS"],
    purpose: "per mostrare il modulo di iscrizione agli aggiornamenti (listmonk e le sue liste)",
    off: "per non mostrarlo",
  },
];

/** Reads and checks the settings; every wrong variable is listed at once. */
export function readDeploySettings(env: Partial<Record<string, string>>): DeploySettings {
  const values = Object.fromEntries(NAMES.map((name) => [name, env[name]?.trim() ?? ""])) as Record<
    SettingName,
    string
  >;
  values.SITE_URL ||= DEFAULT_SITE_URL;
  values.CMS_GITHUB_BRANCH ||= DEFAULT_CMS_BRANCH;
  values.OPEN_DATA_LICENSE ||= DEFAULT_OPEN_DATA_LICENCE;
  const result = settingsSchema.safeParse(values);
  // Browser editing needs both its repository and its authenticator, the updates form both
  // listmonk and its lists: one alone is a mistake.
  const pairProblems = PAIRS.flatMap(({ names: [first, second], purpose, off }) =>
    Boolean(values[first]) === Boolean(values[second])
      ? []
      : [
          `${values[first] ? second : first} è vuota: ${purpose} servono sia ${first} sia ${second}; lasciale vuote entrambe ${off}.`,
        ],
  );
  if (!result.success || pairProblems.length > 0) {
    throw new DeploySettingsError([
      ...(result.error?.issues ?? []).map((issue) => {
        const name = String(issue.path[0]) as SettingName;
        // A union's own message is generic: the second branch says what the value must be.
        const message =
          issue.code === "invalid_union"
            ? (issue.errors[1]?.[0]?.message ?? issue.message)
            : issue.message;
        return `${name} vale "${values[name]}": ${message}`;
      }),
      ...pairProblems,
    ]);
  }
  const { data } = result;
  return {
    url: new URL(data.SITE_URL),
    contactEmail: data.PUBLIC_CONTACT_EMAIL,
    joinEndpoint: data.PUBLIC_JOIN_ENDPOINT,
    subscribe:
      data.PUBLIC_SUBSCRIBE_ENDPOINT && data.PUBLIC_SUBSCRIBE_LISTS
        ? {
            listmonkUrl: new URL(data.PUBLIC_SUBSCRIBE_ENDPOINT).origin,
            lists: parseLists(data.PUBLIC_SUBSCRIBE_LISTS),
          }
        : undefined,
    cms:
      data.CMS_GITHUB_REPO && data.CMS_AUTH_URL
        ? {
            repository: data.CMS_GITHUB_REPO,
            branch: data.CMS_GITHUB_BRANCH,
            authUrl: new URL(data.CMS_AUTH_URL).origin,
          }
        : undefined,
    openDataLicence: OPEN_DATA_LICENCES[data.OPEN_DATA_LICENSE],
  };
}

/** The origins a form may post to, for the Content-Security-Policy. */
export function formOrigins(settings: DeploySettings): string[] {
  return [settings.joinEndpoint, settings.subscribe?.listmonkUrl ?? ""]
    .filter(Boolean)
    .map((endpoint) => new URL(endpoint).origin);
}
