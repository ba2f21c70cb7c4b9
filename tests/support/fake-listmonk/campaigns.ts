/**
 * The campaigns half of the fake listmonk: the authenticated API that `npm run newsletter:send`
 * calls. It follows listmonk v6.2.0 (knadh/listmonk at tag v6.2.0), refusal for refusal, with
 * its status codes and `{"message": …}` bodies:
 *
 * - `internal/auth/auth.go` (Middleware, parseAuthHeader): `Authorization: token user:token` or
 *   Basic; anything else is 403;
 * - `cmd/handlers.go`: the routes below (every API user here is a super admin, so no
 *   permission is checked);
 * - `cmd/campaigns.go`: CreateCampaign, UpdateCampaign (canEditCampaign), TestCampaign,
 *   validateCampaignFields, GetCampaigns (filtered by `tag`, as the source reads it, although
 *   `docs/docs/content/apis/campaigns.md` says `tags`);
 * - `internal/core/campaigns.go` (UpdateCampaignStatus's transitions) and
 *   `queries/campaigns.sql` (create-campaign and update-campaign: unknown list ids are dropped
 *   without a word, an unknown template id leaves the campaign without one on creation and
 *   breaks the update's foreign key; a scheduled campaign saved without send_at is a draft again);
 * - `cmd/lists.go` GetList and `internal/core/templates.go` GetTemplate: unknown ids are 400;
 * - `models/campaigns.go` for the JSON shapes, `i18n/en.json` for the messages.
 */
import type { FakeHandler, FakeRequest, FakeResponse } from "./server.ts";

export type CampaignStatus =
  "draft" | "scheduled" | "running" | "paused" | "cancelled" | "finished";

export interface FakeList {
  id: number;
  name: string;
}

export interface FakeTemplate {
  id: number;
  name: string;
  /** `campaign`, `campaign_visual` or `tx` (transactional). */
  type: string;
  body: string;
}

/** A campaign as listmonk stores it and answers it (models.Campaign). */
export interface FakeCampaign {
  id: number;
  uuid: string;
  created_at: string;
  updated_at: string;
  type: string;
  name: string;
  subject: string;
  from_email: string;
  body: string;
  altbody: string | null;
  content_type: string;
  send_at: string | null;
  status: CampaignStatus;
  tags: string[];
  template_id: number | null;
  messenger: string;
  lists: FakeList[];
  headers: Record<string, string>[];
}

/** A test message listmonk would have sent (POST /api/campaigns/{id}/test). */
export interface FakeTestSend {
  campaignId: number;
  subscribers: string[];
  subject: string;
  body: string;
  altbody: string | null;
  templateId: number | null;
}

export interface FakeCampaignsState {
  /** API users and their tokens (Admin → Users → API user in listmonk). */
  apiUsers: Record<string, string>;
  lists: FakeList[];
  templates: FakeTemplate[];
  /** Subscribers' e-mails: a test message goes only to known subscribers. */
  subscribers: string[];
  campaigns: FakeCampaign[];
  testSends: FakeTestSend[];
}

const CONTENT_TYPES = ["richtext", "html", "plain", "markdown", "visual"];
/** cmd/handlers.go: stdInputMaxLen. */
const NAME_MAX_LENGTH = 2000;
const SUBJECT_MAX_LENGTH = 5000;
const DEFAULT_FROM_EMAIL = "listmonk <noreply@listmonk.yoursite.com>";

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const json = (status: number, body: unknown): FakeResponse => ({
  status,
  headers: { "Content-Type": "application/json; charset=utf-8" },
  body: JSON.stringify(body),
});

/** echo's HTTPError.Error(), which the auth middleware puts in its 403 for a malformed header. */
const echoErrorText = (code: number, message: string) => `code=${code}, message=${message}`;

function authenticate(state: FakeCampaignsState, header: string | undefined) {
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
  if (state.apiUsers[user] !== token) throw new HttpError(403, "invalid API credentials");
}

/** The request's JSON object, as echo's Bind reads it. */
function bodyOf(request: FakeRequest): Record<string, unknown> {
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
interface CampaignFields {
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

function readFields(body: Record<string, unknown>, base: CampaignFields): CampaignFields {
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

const EMPTY_FIELDS: CampaignFields = {
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
function validate(fields: CampaignFields): CampaignFields {
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
const canEditCampaign = (status: CampaignStatus) =>
  status === "draft" || status === "paused" || status === "scheduled";

/** UpdateCampaignStatus in internal/core/campaigns.go: which status a campaign may go to. */
function statusChangeRefusal(campaign: FakeCampaign, status: string): string | undefined {
  const from = campaign.status;
  switch (status) {
    case "draft":
      return from === "scheduled" ? undefined : "Only scheduled campaigns can be saved as drafts.";
    case "scheduled":
      if (campaign.send_at === null) return "Campaign needs a date to be scheduled.";
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

/** A fresh fake listmonk with one API user, and the state its tests look into and arrange. */
export function fakeCampaignsState(
  overrides: Partial<FakeCampaignsState> = {},
): FakeCampaignsState {
  return {
    apiUsers: { "sito-distretto": "token-di-prova" },
    lists: [
      { id: 1, name: "Default list" },
      { id: 3, name: "Notiziario del distretto" },
    ],
    templates: [
      {
        id: 1,
        name: "Default campaign template",
        type: "campaign",
        body: '<html>{{ template "content" . }}</html>',
      },
      {
        id: 5,
        name: "Notiziario del distretto",
        type: "campaign",
        body: '{{ template "content" . }}',
      },
    ],
    subscribers: ["segreteria@distretto-auto.example"],
    campaigns: [],
    testSends: [],
    ...overrides,
  };
}

/** The handler of the campaigns API over `state`, for startFakeServer. */
export function fakeCampaignsApi(state: FakeCampaignsState): FakeHandler {
  let lastId = Math.max(0, ...state.campaigns.map((campaign) => campaign.id));

  const campaignById = (id: number) => {
    const campaign = state.campaigns.find((candidate) => candidate.id === id);
    if (!campaign) throw new HttpError(400, "Campaign not found");
    return campaign;
  };
  const knownLists = (ids: readonly number[]) =>
    state.lists.filter((list) => ids.includes(list.id));
  const fieldsOf = (campaign: FakeCampaign): CampaignFields => ({
    ...campaign,
    listIds: campaign.lists.map((list) => list.id),
  });
  const normalizeTags = (tags: readonly string[]) =>
    tags.map((tag) => tag.trim().replace(/\s+/g, "-")).filter(Boolean);

  const routes: [string, RegExp, (request: FakeRequest, id: number) => FakeResponse][] = [
    [
      "GET",
      /^\/api\/campaigns$/,
      ({ url }) => {
        const tags = url.searchParams.getAll("tag");
        const statuses = url.searchParams.getAll("status");
        const results = state.campaigns.filter(
          (campaign) =>
            tags.every((tag) => campaign.tags.includes(tag)) &&
            (statuses.length === 0 || statuses.includes(campaign.status)),
        );
        return json(200, {
          data: { results, search: "", query: "", total: results.length, per_page: 0, page: 1 },
        });
      },
    ],
    ["GET", /^\/api\/campaigns\/(\d+)$/, (_, id) => json(200, { data: campaignById(id) })],
    [
      "POST",
      /^\/api\/campaigns$/,
      (request) => {
        const fields = readFields(bodyOf(request), EMPTY_FIELDS);
        fields.type ||= "regular";
        fields.messenger ||= "email";
        const valid = validate(fields);
        const now = new Date().toISOString();
        const template = state.templates.find((candidate) => candidate.id === valid.template_id);
        const campaign: FakeCampaign = {
          id: ++lastId,
          uuid: crypto.randomUUID(),
          created_at: now,
          updated_at: now,
          type: valid.type,
          name: valid.name,
          subject: valid.subject,
          from_email: valid.from_email,
          body: valid.body,
          altbody: valid.altbody,
          content_type: valid.content_type,
          send_at: valid.send_at,
          status: "draft",
          tags: normalizeTags(valid.tags),
          template_id: template?.id ?? null,
          messenger: valid.messenger,
          lists: knownLists(valid.listIds),
          headers: [],
        };
        state.campaigns.push(campaign);
        return json(200, { data: campaign });
      },
    ],
    [
      "PUT",
      /^\/api\/campaigns\/(\d+)$/,
      (request, id) => {
        const campaign = campaignById(id);
        if (!canEditCampaign(campaign.status)) {
          throw new HttpError(400, "Cannot update a running or a finished campaign.");
        }
        const valid = validate(readFields(bodyOf(request), fieldsOf(campaign)));
        if (
          valid.template_id !== null &&
          !state.templates.some((template) => template.id === valid.template_id)
        ) {
          throw new HttpError(
            500,
            'Error updating campaign: insert or update on table "campaigns" violates foreign key constraint "campaigns_template_id_fkey"',
          );
        }
        Object.assign(campaign, {
          name: valid.name,
          subject: valid.subject,
          from_email: valid.from_email,
          body: valid.body,
          altbody: valid.altbody || null,
          content_type: valid.content_type,
          send_at: valid.send_at,
          status:
            campaign.status === "scheduled" && valid.send_at === null ? "draft" : campaign.status,
          tags: normalizeTags(valid.tags),
          template_id: valid.template_id,
          messenger: valid.messenger,
          lists: knownLists(valid.listIds),
          updated_at: new Date().toISOString(),
        });
        return json(200, { data: campaign });
      },
    ],
    [
      "PUT",
      /^\/api\/campaigns\/(\d+)\/status$/,
      (request, id) => {
        const campaign = campaignById(id);
        const { status } = bodyOf(request);
        if (typeof status !== "string") throw new HttpError(400, "Syntax error: status");
        const refusal = statusChangeRefusal(campaign, status);
        if (refusal) throw new HttpError(400, refusal);
        campaign.status = status as CampaignStatus;
        return json(200, { data: campaign });
      },
    ],
    [
      "POST",
      /^\/api\/campaigns\/(\d+)\/test$/,
      (request, id) => {
        const body = bodyOf(request);
        const valid = validate(readFields(body, EMPTY_FIELDS));
        const asked = Array.isArray(body["subscribers"]) ? body["subscribers"].map(String) : [];
        if (asked.length === 0) throw new HttpError(400, "There are no subscribers to target.");
        const known = asked
          .map((address) => address.trim().toLowerCase())
          .filter((address) => state.subscribers.includes(address));
        if (known.length === 0) throw new HttpError(400, "No known subscribers to test.");
        campaignById(id);
        state.testSends.push({
          campaignId: id,
          subscribers: known,
          subject: valid.subject,
          body: valid.body,
          altbody: valid.altbody,
          templateId: valid.template_id,
        });
        return json(200, { data: true });
      },
    ],
    [
      "GET",
      /^\/api\/lists\/(\d+)$/,
      (_, id) => {
        const list = state.lists.find((candidate) => candidate.id === id);
        if (!list) throw new HttpError(400, "List not found");
        return json(200, { data: { ...list, type: "private", optin: "single", tags: [] } });
      },
    ],
    [
      "GET",
      /^\/api\/templates\/(\d+)$/,
      (_, id) => {
        const template = state.templates.find((candidate) => candidate.id === id);
        if (!template) throw new HttpError(400, "Template not found");
        return json(200, { data: { ...template, subject: "", is_default: template.id === 1 } });
      },
    ],
  ];

  return (request) => {
    if (!request.url.pathname.startsWith("/api/")) return undefined;
    const route = routes
      .map(([method, pattern, answer]) => ({
        method,
        match: pattern.exec(request.url.pathname),
        answer,
      }))
      .find(({ method, match }) => method === request.method && match);
    if (!route?.match) return undefined;
    try {
      authenticate(state, request.headers.authorization);
      return route.answer(request, Number(route.match[1]));
    } catch (error) {
      if (error instanceof HttpError) return json(error.status, { message: error.message });
      throw error;
    }
  };
}
