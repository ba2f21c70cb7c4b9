/**
 * The settings known only at deploy time, read from the environment and validated once: a
 * wrong value stops the build with a message that names the variable and the value, instead of
 * publishing canonical links to a wrong address or a form that posts nowhere.
 */
import { z } from "astro/zod";

/** The reserved .example domain stands in until the public address is known. */
export const DEFAULT_SITE_URL = "https://distretto-auto.example";

export interface DeploySettings {
  /** The public origin: canonical URLs, sitemap, feeds, social cards. */
  url: URL;
  contactEmail: string;
  joinEndpoint: string;
  subscribeEndpoint: string;
  /** Browser editing at /admin/, once its repository and authenticator are known. */
  cms: CmsSettings | undefined;
}

export interface CmsSettings {
  /** The GitHub repository the CMS commits to, `owner/name`. */
  repository: string;
  /** The branch the site is published from. */
  branch: string;
  /** The origin of the OAuth authenticator (Sveltia's Cloudflare Worker). */
  authUrl: string;
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

/** Empty means "not known yet": the pages say the contacts are being set up. */
const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]);

const settingsSchema = z.object({
  SITE_URL: origin,
  PUBLIC_CONTACT_EMAIL: optional(email),
  PUBLIC_JOIN_ENDPOINT: optional(endpoint),
  PUBLIC_SUBSCRIBE_ENDPOINT: optional(endpoint),
  CMS_GITHUB_REPO: optional(repository),
  CMS_GITHUB_BRANCH: branch,
  CMS_AUTH_URL: optional(authOrigin),
});

type SettingName = keyof z.input<typeof settingsSchema>;
const NAMES = Object.keys(settingsSchema.shape) as SettingName[];

export class DeploySettingsError extends Error {
  constructor(problems: readonly string[]) {
    super(
      `Le impostazioni di pubblicazione non sono valide; il sito non è stato costruito.\n${problems.join("\n")}\n` +
        "Correggi le variabili d'ambiente (nel flusso di pubblicazione sono le variabili del repository), poi ricostruisci.",
    );
    this.name = "DeploySettingsError";
  }
}

/** Reads and checks the settings; every wrong variable is listed at once. */
export function readDeploySettings(env: Partial<Record<string, string>>): DeploySettings {
  const values = Object.fromEntries(NAMES.map((name) => [name, env[name]?.trim() ?? ""])) as Record<
    SettingName,
    string
  >;
  values.SITE_URL ||= DEFAULT_SITE_URL;
  values.CMS_GITHUB_BRANCH ||= DEFAULT_CMS_BRANCH;
  const result = settingsSchema.safeParse(values);
  // Browser editing needs both its repository and its authenticator: one alone is a mistake.
  const cmsHalves = [values.CMS_GITHUB_REPO, values.CMS_AUTH_URL].filter(Boolean).length;
  const cmsProblem =
    cmsHalves === 1
      ? [
          `${values.CMS_GITHUB_REPO ? "CMS_AUTH_URL" : "CMS_GITHUB_REPO"} è vuota: per attivare la modifica dal browser (/admin/) servono sia CMS_GITHUB_REPO sia CMS_AUTH_URL; lasciale vuote entrambe per non attivarla.`,
        ]
      : [];
  if (!result.success || cmsProblem.length > 0) {
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
      ...cmsProblem,
    ]);
  }
  const { data } = result;
  return {
    url: new URL(data.SITE_URL),
    contactEmail: data.PUBLIC_CONTACT_EMAIL,
    joinEndpoint: data.PUBLIC_JOIN_ENDPOINT,
    subscribeEndpoint: data.PUBLIC_SUBSCRIBE_ENDPOINT,
    cms:
      data.CMS_GITHUB_REPO && data.CMS_AUTH_URL
        ? {
            repository: data.CMS_GITHUB_REPO,
            branch: data.CMS_GITHUB_BRANCH,
            authUrl: new URL(data.CMS_AUTH_URL).origin,
          }
        : undefined,
  };
}

/** The origins a form may post to, for the Content-Security-Policy. */
export function formOrigins(settings: DeploySettings): string[] {
  return [settings.joinEndpoint, settings.subscribeEndpoint]
    .filter(Boolean)
    .map((endpoint) => new URL(endpoint).origin);
}
