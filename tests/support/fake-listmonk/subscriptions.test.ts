import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeServer } from "./server.ts";
import { MESSAGES, subscriptionHandlers, type SubscriptionState } from "./subscriptions.ts";

const NEWS = "11111111-1111-4111-8111-111111111111";
const EVENTS = "22222222-2222-4222-8222-222222222222";
const STAFF = "33333333-3333-4333-8333-333333333333";
const SINGLE = "44444444-4444-4444-8444-444444444444";
const UNKNOWN = "55555555-5555-4555-8555-555555555555";
const SITE = "https://distretto.example";
const THANKS = `${SITE}/aggiornamenti/grazie/`;

const state: SubscriptionState = {
  lists: [],
  subscribers: [],
  settings: { publicSubscription: true, trustedUrls: [] },
};
let listmonk: Awaited<ReturnType<typeof startFakeServer>>;

beforeAll(async () => {
  listmonk = await startFakeServer(subscriptionHandlers(state));
});
afterAll(async () => {
  await (listmonk as typeof listmonk | undefined)?.close();
});
beforeEach(() => {
  state.lists = [
    { uuid: NEWS, name: "Notizie", type: "public", optin: "double" },
    { uuid: EVENTS, name: "Eventi", type: "public", optin: "double" },
    { uuid: STAFF, name: "Segreteria", type: "private", optin: "single" },
    { uuid: SINGLE, name: "Avvisi", type: "public", optin: "single" },
  ];
  state.subscribers = [];
  state.settings = { publicSubscription: true, trustedUrls: [SITE, THANKS] };
});

const api = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${listmonk.origin}/api/public/subscription`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

const form = (fields: [string, string][]) =>
  fetch(`${listmonk.origin}/subscription/form`, {
    method: "POST",
    body: new URLSearchParams(fields),
    redirect: "manual",
  });

const message = async (response: Response) =>
  ((await response.json()) as { message: string }).message;

describe("the fake listmonk's public API", () => {
  it("subscribes an address to public lists and says a confirmation e-mail went out", async () => {
    const response = await api({ email: " Lettore@Esempio.example ", list_uuids: [NEWS, EVENTS] });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ data: { has_optin: true } });
    expect(state.subscribers).toEqual([
      { email: "lettore@esempio.example", name: "lettore", lists: [NEWS, EVENTS] },
    ]);
  });

  it("adds the new lists to an address it knows, and sends no confirmation for single opt-in", async () => {
    await api({ email: "a@esempio.example", list_uuids: [SINGLE] }).then(async (response) => {
      expect(await response.json()).toEqual({ data: { has_optin: false } });
    });
    await api({ email: "a@esempio.example", list_uuids: [NEWS] });
    expect(state.subscribers).toEqual([
      { email: "a@esempio.example", name: "a", lists: [SINGLE, NEWS] },
    ]);
  });

  it("skips a well-formed UUID that names no list, as listmonk's query does, and still answers 200", async () => {
    const response = await api({ email: "b@esempio.example", list_uuids: [UNKNOWN] });
    expect(await response.json()).toEqual({ data: { has_optin: false } });
    expect(state.subscribers).toEqual([{ email: "b@esempio.example", name: "b", lists: [] }]);
  });

  it.each([
    ["no list", { email: "c@esempio.example", list_uuids: [] }, 400, MESSAGES.noListsSelected],
    ["no list field", { email: "c@esempio.example" }, 400, MESSAGES.noListsSelected],
    ["a bad address", { email: "non-una-mail", list_uuids: [NEWS] }, 400, MESSAGES.invalidEmail],
    [
      "a named address",
      { email: "C <c@esempio.example>", list_uuids: [NEWS] },
      400,
      MESSAGES.invalidEmail,
    ],
    [
      "a private list",
      { email: "c@esempio.example", list_uuids: [NEWS, STAFF] },
      400,
      MESSAGES.invalidUUID,
    ],
    [
      "a malformed UUID",
      { email: "c@esempio.example", list_uuids: ["notizie"] },
      500,
      'Error fetching list: pq: invalid input syntax for type uuid: "notizie"',
    ],
  ])(
    "refuses %s with listmonk's status and message, recording nobody",
    async (_case, body, status, text) => {
      const response = await api(body);
      expect(response.status).toBe(status);
      expect(await message(response)).toBe(text);
      expect(state.subscribers).toEqual([]);
    },
  );

  it("refuses everything with 400 while public subscription is off", async () => {
    state.settings.publicSubscription = false;
    const response = await api({ email: "d@esempio.example", list_uuids: [NEWS] });
    expect(response.status).toBe(400);
    expect(await message(response)).toBe(MESSAGES.invalidFeature);
    expect(state.subscribers).toEqual([]);
  });

  it("answers a preflight from a trusted origin with echo's CORS headers, and the POST after it", async () => {
    const preflight = await fetch(`${listmonk.origin}/api/public/subscription`, {
      method: "OPTIONS",
      headers: {
        Origin: SITE,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(preflight.headers)).toMatchObject({
      "access-control-allow-origin": SITE,
      "access-control-allow-methods": "OPTIONS, POST",
      "access-control-allow-headers": "Origin,Content-Type,Accept",
      vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
    });
    const response = await api(
      { email: "e@esempio.example", list_uuids: [NEWS] },
      { Origin: SITE },
    );
    expect(response.headers.get("access-control-allow-origin")).toBe(SITE);
    expect(response.headers.get("vary")).toBe("Origin");
  });

  it("gives an untrusted origin no CORS header, on the preflight or the answer", async () => {
    const preflight = await fetch(`${listmonk.origin}/api/public/subscription`, {
      method: "OPTIONS",
      headers: { Origin: "https://altro.example", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-methods")).toBeNull();
    const response = await api(
      { email: "f@esempio.example", list_uuids: [NEWS] },
      { Origin: "https://altro.example" },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("has no CORS at all without trusted URLs: OPTIONS is the router's, with only Allow", async () => {
    state.settings.trustedUrls = [];
    const preflight = await fetch(`${listmonk.origin}/api/public/subscription`, {
      method: "OPTIONS",
      headers: { Origin: SITE, "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("allow")).toBe("OPTIONS, POST");
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("vary")).toBeNull();
  });
});

describe("the fake listmonk's HTML form route", () => {
  const fields = (...extra: [string, string][]): [string, string][] => [
    ["email", "g@esempio.example"],
    ["l", NEWS],
    ["l", EVENTS],
    ["nonce", ""],
    ["privacy", "accettata"],
    ...extra,
  ];

  it("subscribes and sends the reader on to a trusted next with a 303", async () => {
    const response = await form(fields(["next", THANKS]));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(THANKS);
    expect(state.subscribers).toEqual([
      { email: "g@esempio.example", name: "g", lists: [NEWS, EVENTS] },
    ]);
  });

  it("shows its own message page for a next that is not exactly a trusted URL", async () => {
    const response = await form(fields(["next", `${THANKS}?altro`]));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    expect(await response.text()).toContain(MESSAGES.subOptinPending);
  });

  it.each([
    [
      "no list",
      [
        ["email", "h@esempio.example"],
        ["nonce", ""],
      ],
      MESSAGES.noListsSelected,
    ],
    [
      "a bad address",
      [
        ["email", "h@"],
        ["l", NEWS],
      ],
      MESSAGES.invalidEmail,
    ],
    [
      "a private list",
      [
        ["email", "h@esempio.example"],
        ["l", STAFF],
      ],
      MESSAGES.invalidUUID,
    ],
  ] as [string, [string, string][], string][])(
    "refuses %s with a 400 message page",
    async (_case, sent, text) => {
      const response = await form([...sent, ["next", THANKS]]);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("text/html; charset=UTF-8");
      expect(await response.text()).toContain(text);
      expect(state.subscribers).toEqual([]);
    },
  );

  it("takes a filled nonce for a bot: 502, as its source says, and nobody recorded", async () => {
    const response = await form(
      fields(["next", THANKS]).map(([name, value]) => [name, name === "nonce" ? "x" : value]),
    );
    expect(response.status).toBe(502);
    expect(await message(response)).toBe(MESSAGES.invalidFeature);
    expect(state.subscribers).toEqual([]);
  });

  it("is not found while public subscription is off", async () => {
    state.settings.publicSubscription = false;
    const response = await form(fields(["next", THANKS]));
    expect(response.status).toBe(404);
    expect(await message(response)).toBe(MESSAGES.invalidFeature);
  });
});
