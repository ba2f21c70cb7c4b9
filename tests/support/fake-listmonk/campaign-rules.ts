/**
 * What listmonk v6.2.0 checks in a campaigns API request, for the fake's routes (campaigns.ts,
 * which names the files of listmonk's source it follows): the credentials, the fields, which
 * campaigns may change and which status a campaign may go to.
 */
import type { FakeRequest, FakeResponse } from "./server.ts";

export type CampaignStatus =
  "draft" | "scheduled" | "running" | "paused" | "cancelled" | "finished";

const CONTENT_TYPES = ["richtext", "html", "plain", "markdown", "visual"];
/** cmd/handlers.go: stdInputMaxLen. */
const NAME_MAX_LENGTH = 2000;
const SUBJECT_MAX_LENGTH = 5000;
const DEFAULT_FROM_EMAIL = "listmonk <noreply@listmonk.yoursite.com>";

export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export const json = (status: number, body: unknown): FakeResponse => ({
  status,
  headers: { "Content-Type": "application/json; charset=utf-8" },
  body: JSON.stringify(body),
});

/** echo's HTTPError.Error(), which the auth middleware puts in its 403 for a malformed header. */
const echoErrorText = (code: number, message: string) => `code=${code}, message=${message}`;

export function authenticate(apiUsers: Record<string, string>, header: string | undefined) {
  const value = header?.trim() ?? "";
  if (!value) throw new HttpError(403, "invalid session");
  let pair: string[];
  if (value.startsWith("token")) {
    pair = value.slice("token".length).trim().split(/:(.*)/s, 2);
  } else if (value.startsWith("Basic")) {
    pair = Buffer.from(value.slice("Basic".length).trim(), "base64").toString().split(/:(.*)/s, 2);
  } else {
    throw new HttpError(403, echoErrorText(400, "unknown Authorization scheme"));
  }
  const [user = "", token] = pair;
  if (token === undefined) throw new HttpError(403, echoErrorText(400, "api_key:token missing"));
  if (!user || !token) throw new HttpError(403, echoErrorText(400, "empty `api_key` or `token`"));
  if (apiUsers[user] !== token) throw new HttpError(403, "invalid API credentials");
}

/** The request's JSON object, as echo's Bind reads it. */
export function bodyOf(request: FakeRequest): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(request.body || "{}");
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // Answered below, as echo answers a body it cannot bind.
  }
  throw new HttpError(400, "Syntax error: the request body is not a JSON object");
}

/** The fields a create, update or test request may carry (campReq in cmd/campaigns.go). */
export interface CampaignFields {
  type: string;
  name: string;
  subject: string;
  from_email: string;
  body: string;
  altbody: string | null;
  content_type: string;
  send_at: string | null;
  tags: string[];
  template_id: number | null;
  messenger: string;
  listIds: number[];
}

export function readFields(body: Record<string, unknown>, base: CampaignFields): CampaignFields {
  const has = (key: string) => Object.hasOwn(body, key);
  // A value of another type would fail echo's Bind; an empty text fails validation just as well.
  const text = (key: keyof CampaignFields) => {
    const value = body[key];
    if (!has(key)) return base[key] as string;
    return typeof value === "string" ? value : "";
  };
  const ids = Array.isArray(body["lists"]) ? body["lists"].map(Number) : base.listIds;
  return {
    type: text("type"),
    name: text("name"),
    subject: text("subject"),
    from_email: text("from_email"),
    body: text("body"),
    altbody: has("altbody") ? ((body["altbody"] as string | null) ?? null) : base.altbody,
    content_type: text("content_type"),
    send_at: has("send_at") ? ((body["send_at"] as string | null) ?? null) : base.send_at,
    tags: Array.isArray(body["tags"]) ? body["tags"].map(String) : base.tags,
    template_id: has("template_id")
      ? ((body["template_id"] as number | null) ?? null)
      : base.template_id,
    messenger: text("messenger"),
    listIds: ids.filter((id) => Number.isInteger(id)),
  };
}

export const EMPTY_FIELDS: CampaignFields = {
  type: "",
  name: "",
  subject: "",
  from_email: "",
  body: "",
  altbody: null,
  content_type: "",
  send_at: null,
  tags: [],
  template_id: null,
  messenger: "",
  listIds: [],
};

/** validateCampaignFields, in its order; it fills in what listmonk defaults. */
export function validate(fields: CampaignFields): CampaignFields {
  const valid = { ...fields };
  valid.from_email ||= DEFAULT_FROM_EMAIL;
  if (valid.name.length < 1 || valid.name.length > NAME_MAX_LENGTH) {
    throw new HttpError(400, "Invalid length for name.");
  }
  if (valid.subject.length < 1 || valid.subject.length > SUBJECT_MAX_LENGTH) {
    throw new HttpError(400, "Invalid length for subject.");
  }
  // listmonk does not refuse an unknown content type: it saves the campaign as rich text.
  if (!CONTENT_TYPES.includes(valid.content_type)) valid.content_type = "richtext";
  if (valid.send_at !== null) {
    const sendAt = Date.parse(valid.send_at);
    if (Number.isNaN(sendAt)) throw new HttpError(400, "Syntax error: send_at is not a time");
    if (sendAt < Date.now()) throw new HttpError(400, "Scheduled date should be in the future.");
  }
  if (valid.listIds.length === 0) throw new HttpError(400, "Invalid list IDs.");
  if (valid.messenger !== "email") {
    throw new HttpError(400, `Unknown messenger ${valid.messenger}.`);
  }
  return valid;
}

/** canEditCampaign in cmd/campaigns.go. */
export const canEditCampaign = (status: CampaignStatus) =>
  status === "draft" || status === "paused" || status === "scheduled";

/** UpdateCampaignStatus in internal/core/campaigns.go: which status a campaign may go to. */
export function statusChangeRefusal(
  from: CampaignStatus,
  sendAt: string | null,
  status: string,
): string | undefined {
  switch (status) {
    case "draft":
      return from === "scheduled" ? undefined : "Only scheduled campaigns can be saved as drafts.";
    case "scheduled":
      if (sendAt === null) return "Campaign needs a date to be scheduled.";
      return from === "draft" || from === "paused"
        ? undefined
        : "Only draft or paused campaigns can be scheduled.";
    case "running":
      return from === "paused" || from === "draft"
        ? undefined
        : "Only paused campaigns and drafts can be started.";
    case "paused":
      return from === "running" ? undefined : "Only active campaigns can be paused.";
    case "cancelled":
      return from === "running" || from === "paused"
        ? undefined
        : "Only active campaigns can be cancelled.";
    case "finished":
      return undefined;
    default:
      throw new HttpError(
        500,
        `Error updating campaign: invalid input value for enum campaign_status: "${status}"`,
      );
  }
}
