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
import {
  authenticate,
  bodyOf,
  canEditCampaign,
  EMPTY_FIELDS,
  HttpError,
  json,
  readFields,
  statusChangeRefusal,
  validate,
  type CampaignFields,
  type CampaignStatus,
} from "./campaign-rules.ts";
import type { FakeHandler, FakeRequest, FakeResponse } from "./server.ts";

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
        const refusal = statusChangeRefusal(campaign.status, campaign.send_at, status);
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
      authenticate(state.apiUsers, request.headers.authorization);
      return route.answer(request, Number(route.match[1]));
    } catch (error) {
      if (error instanceof HttpError) return json(error.status, { message: error.message });
      throw error;
    }
  };
}
