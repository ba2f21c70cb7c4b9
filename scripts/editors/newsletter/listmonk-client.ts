/**
 * The few calls of listmonk's campaigns API that the newsletter needs (listmonk v6:
 * docs/docs/content/apis/campaigns.md), authenticated as an API user. Each failure is told
 * apart, so the caller can say what happened: listmonk out of reach, the credentials refused,
 * or a request refused with listmonk's own message. The token is only ever written into the
 * Authorization header: no error carries it.
 */

export type CampaignStatus =
  "draft" | "scheduled" | "running" | "paused" | "cancelled" | "finished";

/** What listmonk answers for a campaign (models.Campaign), as far as the newsletter reads it. */
export interface Campaign {
  id: number;
  name: string;
  status: CampaignStatus;
  tags: string[];
  send_at: string | null;
}

/** The fields of a campaign that the newsletter writes (POST and PUT /api/campaigns). */
export interface CampaignFields {
  name: string;
  subject: string;
  lists: number[];
  type: "regular";
  content_type: "html";
  body: string;
  altbody: string;
  template_id: number;
  tags: string[];
  messenger: "email";
  /** RFC 3339; null keeps (or puts back) the campaign as a draft. */
  send_at: string | null;
}

export interface Template {
  id: number;
  name: string;
  type: string;
  body: string;
}

export interface ListmonkCredentials {
  /** listmonk's root address, without a trailing slash. */
  url: string;
  user: string;
  token: string;
}

/** Why a call failed: `unreachable` (no answer), `credentials` (401/403) or `refused`. */
export type ListmonkFailure = "unreachable" | "credentials" | "refused";

export class ListmonkError extends Error {
  readonly failure: ListmonkFailure;
  /** listmonk's own message, or the network's reason when there was no answer. */
  readonly detail: string;
  /** The HTTP status, when listmonk answered. */
  readonly status: number | undefined;
  constructor(failure: ListmonkFailure, detail: string, status?: number) {
    super(`listmonk: ${failure} (${status ?? "-"}): ${detail}`);
    this.name = "ListmonkError";
    this.failure = failure;
    this.detail = detail;
    this.status = status;
  }
}

/** A listmonk that has not answered in this time is taken as down. */
const DEFAULT_TIMEOUT_MS = 30_000;

export function listmonkClient(
  { url, user, token }: ListmonkCredentials,
  { timeoutMs = DEFAULT_TIMEOUT_MS } = {},
) {
  const authorization = `token ${user}:${token}`;

  async function call<Data>(method: string, address: string, body?: unknown): Promise<Data> {
    let response: Response;
    try {
      response = await fetch(`${url}${address}`, {
        method,
        headers: {
          Authorization: authorization,
          ...(body === undefined ? {} : { "Content-Type": "application/json; charset=utf-8" }),
        },
        body: body === undefined ? null : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error ? (error.cause ?? error) : error;
      const detail =
        reason instanceof Error && reason.name === "TimeoutError"
          ? `nessuna risposta in ${timeoutMs / 1000} secondi`
          : String((reason as { code?: string }).code ?? reason);
      throw new ListmonkError("unreachable", detail);
    }
    const text = await response.text();
    let parsed: { data?: Data; message?: string } = {};
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      // A proxy's HTML error page: the status says enough.
    }
    if (!response.ok || parsed.data === undefined) {
      const failure =
        response.status === 401 || response.status === 403 ? "credentials" : "refused";
      throw new ListmonkError(failure, parsed.message ?? response.statusText, response.status);
    }
    return parsed.data;
  }

  return {
    /** Every campaign with this tag (`tag` is what GetCampaigns reads, whatever its docs say). */
    campaignsTagged: async (tag: string) => {
      const query = new URLSearchParams({ tag, per_page: "all", no_body: "true" });
      const page = await call<{ results: Campaign[] }>("GET", `/api/campaigns?${query}`);
      // Filtered again here: a listmonk that ignored the parameter would list every campaign.
      return page.results.filter((campaign) => campaign.tags.includes(tag));
    },
    list: (id: number) => call<{ id: number; name: string }>("GET", `/api/lists/${id}`),
    template: (id: number) => call<Template>("GET", `/api/templates/${id}`),
    createCampaign: (fields: CampaignFields) => call<Campaign>("POST", "/api/campaigns", fields),
    updateCampaign: (id: number, fields: CampaignFields) =>
      call<Campaign>("PUT", `/api/campaigns/${id}`, fields),
    /** listmonk sends the fields given here, not the saved ones: the same fields go with it. */
    sendTest: (id: number, fields: CampaignFields, subscribers: string[]) =>
      call<boolean>("POST", `/api/campaigns/${id}/test`, { ...fields, subscribers }),
    setStatus: (id: number, status: CampaignStatus) =>
      call<Campaign>("PUT", `/api/campaigns/${id}/status`, { status }),
  };
}

export type ListmonkClient = ReturnType<typeof listmonkClient>;
