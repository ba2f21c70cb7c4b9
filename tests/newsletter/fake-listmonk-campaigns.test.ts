/**
 * The fake listmonk refuses what listmonk v6.2.0 refuses, with its status and message
 * (tests/support/fake-listmonk/campaigns.ts names the files it follows).
 */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  fakeCampaignsApi,
  fakeCampaignsState,
  type FakeCampaignsState,
} from "../support/fake-listmonk/campaigns.ts";
import { startFakeServer } from "../support/fake-listmonk/server.ts";

let state: FakeCampaignsState = fakeCampaignsState();
// The handler reads the state it is given; each test starts from a fresh one.
const server = await startFakeServer([(request) => fakeCampaignsApi(state)(request)]);
afterAll(() => server.close());
beforeEach(() => {
  state = fakeCampaignsState();
});

const TOKEN = "token sito-distretto:token-di-prova";
const campaign = {
  name: "Notiziario n. 3",
  subject: "Officine e filiere",
  lists: [3],
  type: "regular",
  content_type: "html",
  body: "<p>Testo</p>",
  altbody: "Testo",
  template_id: 5,
  tags: ["notiziario-3"],
  messenger: "email",
};

async function call(method: string, address: string, body?: unknown, authorization = TOKEN) {
  const response = await fetch(`${server.origin}${address}`, {
    method,
    headers: authorization ? { Authorization: authorization } : {},
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const refusal = (status: number, message: string) => ({ status, body: { message } });
const created = async (fields: Record<string, unknown> = {}) =>
  (await call("POST", "/api/campaigns", { ...campaign, ...fields })).body["data"] as { id: number };

describe("the fake listmonk's campaigns API", () => {
  it("refuses a request without credentials, with a wrong token or an unknown scheme", async () => {
    expect(await call("GET", "/api/campaigns", undefined, "")).toEqual(
      refusal(403, "invalid session"),
    );
    expect(
      await call("GET", "/api/campaigns", undefined, "token sito-distretto:sbagliato"),
    ).toEqual(refusal(403, "invalid API credentials"));
    expect(await call("GET", "/api/campaigns", undefined, "Bearer abc")).toEqual(
      refusal(403, "code=400, message=unknown Authorization scheme"),
    );
    const basic = `Basic ${Buffer.from("sito-distretto:token-di-prova").toString("base64")}`;
    expect((await call("GET", "/api/campaigns", undefined, basic)).status).toBe(200);
  });

  it("creates a draft with every field, and finds it by its tag", async () => {
    const { id } = await created();
    expect(state.campaigns).toEqual([
      expect.objectContaining({
        id,
        status: "draft",
        content_type: "html",
        body: "<p>Testo</p>",
        altbody: "Testo",
        template_id: 5,
        lists: [{ id: 3, name: "Notiziario del distretto" }],
      }),
    ]);
    const found = await call("GET", "/api/campaigns?tag=notiziario-3&per_page=all");
    expect(found.body["data"]).toMatchObject({ results: [{ id }], total: 1 });
    const other = await call("GET", "/api/campaigns?tag=notiziario-4");
    expect(other.body["data"]).toMatchObject({ results: [], total: 0 });
  });

  it("refuses a campaign without name, subject or lists, or sent to the past", async () => {
    expect(await call("POST", "/api/campaigns", { ...campaign, name: "" })).toEqual(
      refusal(400, "Invalid length for name."),
    );
    expect(await call("POST", "/api/campaigns", { ...campaign, subject: "" })).toEqual(
      refusal(400, "Invalid length for subject."),
    );
    expect(await call("POST", "/api/campaigns", { ...campaign, lists: [] })).toEqual(
      refusal(400, "Invalid list IDs."),
    );
    expect(
      await call("POST", "/api/campaigns", { ...campaign, send_at: "2020-01-01T09:00:00Z" }),
    ).toEqual(refusal(400, "Scheduled date should be in the future."));
    expect(state.campaigns).toEqual([]);
  });

  it("saves an unknown content type as rich text and drops unknown lists, as listmonk does", async () => {
    await created({ content_type: "pdf", lists: [3, 99], template_id: 99 });
    expect(state.campaigns[0]).toMatchObject({
      content_type: "richtext",
      lists: [{ id: 3 }],
      template_id: null,
    });
  });

  it("answers unknown lists and templates with 400, which the script checks first", async () => {
    expect(await call("GET", "/api/lists/99")).toEqual(refusal(400, "List not found"));
    expect(await call("GET", "/api/templates/99")).toEqual(refusal(400, "Template not found"));
    expect((await call("GET", "/api/templates/5")).body["data"]).toMatchObject({
      id: 5,
      type: "campaign",
      body: '{{ template "content" . }}',
    });
  });

  it("updates a draft, and refuses to update a campaign that is running or finished", async () => {
    const { id } = await created();
    expect((await call("PUT", `/api/campaigns/${id}`, { subject: "Nuovo oggetto" })).status).toBe(
      200,
    );
    expect(state.campaigns[0]).toMatchObject({ subject: "Nuovo oggetto", body: "<p>Testo</p>" });
    expect(await call("PUT", `/api/campaigns/${id}`, { template_id: 99 })).toMatchObject({
      status: 500,
    });
    for (const status of ["running", "finished", "cancelled"] as const) {
      state.campaigns[0]!.status = status;
      expect(await call("PUT", `/api/campaigns/${id}`, campaign)).toEqual(
        refusal(400, "Cannot update a running or a finished campaign."),
      );
    }
    expect(await call("PUT", "/api/campaigns/99", campaign)).toEqual(
      refusal(400, "Campaign not found"),
    );
  });

  it("schedules only a draft with a date, and puts a scheduled campaign saved without one back to draft", async () => {
    const { id } = await created();
    expect(await call("PUT", `/api/campaigns/${id}/status`, { status: "scheduled" })).toEqual(
      refusal(400, "Campaign needs a date to be scheduled."),
    );
    await call("PUT", `/api/campaigns/${id}`, { send_at: "2999-01-01T08:00:00Z" });
    expect((await call("PUT", `/api/campaigns/${id}/status`, { status: "scheduled" })).status).toBe(
      200,
    );
    expect(await call("PUT", `/api/campaigns/${id}/status`, { status: "scheduled" })).toEqual(
      refusal(400, "Only draft or paused campaigns can be scheduled."),
    );
    expect(await call("PUT", `/api/campaigns/${id}/status`, { status: "paused" })).toEqual(
      refusal(400, "Only active campaigns can be paused."),
    );
    await call("PUT", `/api/campaigns/${id}`, { send_at: null });
    expect(state.campaigns[0]).toMatchObject({ status: "draft", send_at: null });
  });

  it("sends a test only to known subscribers, and records it", async () => {
    const { id } = await created();
    const test = (subscribers: string[]) =>
      call("POST", `/api/campaigns/${id}/test`, { ...campaign, subscribers });
    expect(await test([])).toEqual(refusal(400, "There are no subscribers to target."));
    expect(await test(["sconosciuto@esempio.it"])).toEqual(
      refusal(400, "No known subscribers to test."),
    );
    expect(state.testSends).toEqual([]);
    expect(await test(["Segreteria@distretto-auto.example"])).toEqual({
      status: 200,
      body: { data: true },
    });
    expect(state.testSends).toEqual([
      {
        campaignId: id,
        subscribers: ["segreteria@distretto-auto.example"],
        subject: "Officine e filiere",
        body: "<p>Testo</p>",
        altbody: "Testo",
        templateId: 5,
      },
    ]);
  });
});
