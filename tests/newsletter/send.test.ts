/**
 * `npm run newsletter:send` end to end: the script runs with the project's Node, as npm runs
 * it, against the fake listmonk, on a built issue written here (tests/fixtures/newsletter-dist/).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { sendMessages } from "../../scripts/editors/newsletter/send-messages.ts";
import { routes } from "../../src/routes.ts";
import {
  fakeCampaignsApi,
  fakeCampaignsState,
  type FakeCampaign,
  type FakeCampaignsState,
} from "../support/fake-listmonk/campaigns.ts";
import { startFakeServer } from "../support/fake-listmonk/server.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const fixtureDist = path.join(projectRoot, "tests/fixtures/newsletter-dist");
const TOKEN = "segreto-7f3a9c";
const TEST_ADDRESS = "segreteria@distretto-auto.example";

let state: FakeCampaignsState;
const server = await startFakeServer([(request) => fakeCampaignsApi(state)(request)]);
// An address where listmonk is down: a port that was free a moment ago.
const stopped = await startFakeServer([]);
await stopped.close();
const dist = mkdtempSync(path.join(os.tmpdir(), "notiziario-"));
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});
beforeEach(() => {
  state = fakeCampaignsState({ apiUsers: { "sito-distretto": TOKEN } });
  rmSync(dist, { recursive: true, force: true });
  cpSync(fixtureDist, dist, { recursive: true });
});

const built = (file: string) => readFileSync(path.join(dist, file), "utf8");
const environment = {
  LISTMONK_URL: server.origin,
  LISTMONK_API_USER: "sito-distretto",
  LISTMONK_API_TOKEN: TOKEN,
  LISTMONK_LIST_IDS: "3",
  LISTMONK_TEMPLATE_ID: "5",
};

/** Runs the script without blocking this process, which is the fake listmonk's server too. */
async function send(args: string[], overrides: Record<string, string | undefined> = {}) {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    ...environment,
    DIST_DIR: dist,
    ...overrides,
  };
  // An override of undefined removes the variable.
  const env = Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["scripts/editors/newsletter/send.ts", ...args],
      { cwd: projectRoot, env },
    );
    return { status: 0, output: `${stdout}${stderr}`.trim() };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { status: code, output: `${stdout}${stderr}`.trim() };
  }
}

const review = (id: number) => sendMessages.Review(`${server.origin}/admin/campaigns/${id}`);

/** A campaign listmonk already holds for issue 3, in the given status. */
function existingCampaign(status: FakeCampaign["status"]): FakeCampaign {
  return {
    id: 7,
    uuid: "5e1c7e0a-0000-4000-8000-000000000007",
    created_at: "2026-11-01T09:00:00Z",
    updated_at: "2026-11-01T09:00:00Z",
    type: "regular",
    name: "Notiziario n. 3",
    subject: "Oggetto vecchio",
    from_email: "",
    body: "<p>vecchio</p>",
    altbody: "vecchio",
    content_type: "html",
    send_at: null,
    status,
    tags: ["notiziario-3"],
    template_id: 5,
    messenger: "email",
    lists: [{ id: 3, name: "Notiziario del distretto" }],
    headers: [],
  };
}

describe("npm run newsletter:send", () => {
  it("creates the issue's campaign as a draft from the built e-mail, and says where to review it", async () => {
    const { status, output } = await send(["3"]);
    expect(status).toBe(0);
    expect(state.campaigns).toEqual([
      expect.objectContaining({
        name: "Notiziario n. 3",
        subject: "Notiziario n. 3 – Officine & filiere",
        type: "regular",
        content_type: "html",
        body: built(routes.newsletterEmail(3)),
        altbody: built(routes.newsletterText(3)),
        lists: [{ id: 3, name: "Notiziario del distretto" }],
        template_id: 5,
        tags: ["notiziario-3"],
        status: "draft",
        send_at: null,
      }),
    ]);
    const id = state.campaigns[0]!.id;
    expect(output.split("\n")).toEqual([
      sendMessages.Created(id, "draft"),
      sendMessages.NotStarted(),
      review(id),
    ]);
    expect(state.testSends).toEqual([]);
  });

  it("updates the same campaign when run again, still one campaign", async () => {
    await send(["3"]);
    const html = built(routes.newsletterEmail(3)).replace(
      "Officine &amp; filiere</title>",
      "Filiere</title>",
    );
    writeFileSync(path.join(dist, routes.newsletterEmail(3)), html);
    const { status, output } = await send(["3"]);
    expect(status).toBe(0);
    expect(state.campaigns).toHaveLength(1);
    expect(state.campaigns[0]).toMatchObject({ subject: "Notiziario n. 3 – Filiere", body: html });
    expect(output).toContain(sendMessages.Updated(state.campaigns[0]!.id, "draft"));
  });

  it("sends listmonk's test message of the saved draft with --test, without printing the address", async () => {
    const { status, output } = await send(["3", "--test", TEST_ADDRESS]);
    expect(status).toBe(0);
    const [campaign] = state.campaigns;
    expect(state.testSends).toEqual([
      {
        campaignId: campaign!.id,
        subscribers: [TEST_ADDRESS],
        subject: campaign!.subject,
        body: campaign!.body,
        altbody: campaign!.altbody,
        templateId: 5,
      },
    ]);
    expect(campaign!.status).toBe("draft");
    expect(output).toContain(sendMessages.TestSent());
    expect(output).not.toContain(TEST_ADDRESS);
  });

  it("schedules the campaign only with --schedule, and a run without it makes it a draft again", async () => {
    const { status, output } = await send(["3", "--schedule", "2999-12-01T09:00:00+01:00"]);
    expect(status).toBe(0);
    expect(state.campaigns[0]).toMatchObject({
      status: "scheduled",
      send_at: "2999-12-01T08:00:00.000Z",
    });
    expect(output).toContain(sendMessages.Scheduled("2999-12-01T09:00:00+01:00"));
    const again = await send(["3"]);
    expect(state.campaigns[0]).toMatchObject({ status: "draft", send_at: null });
    expect(again.output).toContain(sendMessages.Unscheduled());
  });

  it("updates a campaign that is still editable, and refuses one already sent or being sent", async () => {
    state.campaigns.push(existingCampaign("paused"));
    expect((await send(["3"])).status).toBe(0);
    expect(state.campaigns).toHaveLength(1);
    for (const status of ["running", "finished", "cancelled"] as const) {
      state.campaigns = [existingCampaign(status)];
      const before = structuredClone(state.campaigns);
      expect(await send(["3", "--schedule", "2999-12-01T09:00:00+01:00"])).toEqual({
        status: 1,
        output: sendMessages.CampaignNotEditable(7, status, `${server.origin}/admin/campaigns/7`),
      });
      expect(state.campaigns).toEqual(before);
    }
  });

  const failures: [string, () => Promise<{ status: number; output: string }>, string][] = [
    [
      "a wrong token",
      () => send(["3"], { LISTMONK_API_TOKEN: "token-sbagliato-5b2e" }),
      sendMessages.CredentialsRefused(server.origin, "sito-distretto", "invalid API credentials"),
    ],
    [
      "listmonk down",
      () => send(["3"], { LISTMONK_URL: stopped.origin }),
      sendMessages.Unreachable(stopped.origin, "ECONNREFUSED"),
    ],
    [
      "a missing built file",
      () => send(["3", "--dist", path.join(dist, "manca")]),
      sendMessages.BuiltFileMissing(path.join(dist, "manca", routes.newsletterEmail(3))),
    ],
    [
      "missing variables",
      () => send(["3"], { LISTMONK_API_TOKEN: undefined, LISTMONK_LIST_IDS: "" }),
      sendMessages.VariablesMissing(["LISTMONK_API_TOKEN", "LISTMONK_LIST_IDS"]),
    ],
    ["a bad number", () => send(["tre"]), sendMessages.IssueNumberInvalid("tre")],
    [
      "a schedule in the past",
      () => send(["3", "--schedule", "2020-01-01T09:00:00+01:00"]),
      sendMessages.ScheduleInPast("2020-01-01T09:00:00+01:00"),
    ],
    [
      "a list listmonk does not have",
      () => send(["3"], { LISTMONK_LIST_IDS: "3,99" }),
      sendMessages.ListNotFound(99),
    ],
    [
      "a template that wraps the e-mail in another document",
      () => send(["3"], { LISTMONK_TEMPLATE_ID: "1" }),
      sendMessages.TemplateNotOnlyContent(1, "Default campaign template"),
    ],
  ];

  it.each(failures)(
    "stops on %s with its own message, never prints the token, and changes nothing in listmonk",
    async (_, run, message) => {
      state.campaigns.push(existingCampaign("draft"));
      const before = structuredClone(state.campaigns);
      const { status, output } = await run();
      expect({ status, output }).toEqual({ status: 1, output: message });
      expect(output).not.toContain(TOKEN);
      expect(output).not.toContain("token-sbagliato-5b2e");
      expect(state.campaigns).toEqual(before);
      expect(state.testSends).toEqual([]);
    },
  );

  it("keeps the draft, and says so, when listmonk refuses the test address", async () => {
    const { status, output } = await send(["3", "--test", "sconosciuto@esempio.it"]);
    expect(status).toBe(1);
    expect(state.campaigns).toHaveLength(1);
    expect(output).toContain(sendMessages.Created(state.campaigns[0]!.id, "draft"));
    expect(output).toContain(sendMessages.TestNotSent("No known subscribers to test."));
    expect(output).not.toContain("sconosciuto@esempio.it");
  });
});
