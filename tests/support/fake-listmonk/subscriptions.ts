import type { FakeHandler, FakeRequest, FakeResponse } from "./server.ts";

/**
 * The public subscription half of the fake listmonk, following listmonk v6.2.0:
 * - cmd/public.go: SubscriptionForm (`POST /subscription/form`), PublicSubscription
 *   (`POST /api/public/subscription`) and processSubForm, which both share;
 * - cmd/handlers.go: the routes, and CORS from `security.trusted_urls` (trustedURLsToCORSOrigins)
 *   through echo v4.13's CORS middleware with AllowHeaders Origin, Content-Type, Accept;
 * - internal/utils/utils.go and internal/subimporter/importer.go: SanitizeEmail;
 * - queries/subscribers.sql (insert-subscriber): list UUIDs that name no list are skipped, so
 *   the subscriber is created without them and no error is raised;
 * - i18n/en.json: the messages, as listmonk sends them with its default language.
 * It refuses what listmonk refuses, with listmonk's status codes and bodies; it sends no e-mail
 * and keeps nothing beyond the test's process.
 */

export interface FakeList {
  uuid: string;
  name: string;
  type: "public" | "private";
  optin: "double" | "single";
}

export interface FakeSubscriber {
  email: string;
  name: string;
  /** The UUIDs of the lists the subscriber was added to, in order. */
  lists: string[];
}

export interface SubscriptionState {
  lists: FakeList[];
  /** Everyone listmonk recorded, as its subscribers table would hold them. */
  subscribers: FakeSubscriber[];
  settings: {
    /** Settings → General → "Enable public subscription page" (`app.enable_public_subscription_page`). */
    publicSubscription: boolean;
    /** Settings → Security → trusted URLs (`security.trusted_urls`). */
    trustedUrls: string[];
  };
}

/** listmonk's messages (i18n/en.json). */
export const MESSAGES = {
  invalidFeature: "That feature is not available.",
  noListsSelected: "No valid lists selected to subscribe.",
  invalidEmail: "Invalid email.",
  invalidUUID: "Invalid UUID(s)",
  errorTitle: "Error",
  subTitle: "Subscribe",
  subOptinPending: "An e-mail has been sent to you to confirm your subscription(s).",
  subConfirmed: "Subscribed successfully.",
} as const;

/** echo's HTTPError, as its default error handler writes it: JSON `{"message": …}`. */
const httpError = (status: number, message: string): FakeResponse => ({
  status,
  headers: { "Content-Type": "application/json" },
  body: `${JSON.stringify({ message })}\n`,
});

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${String(character.charCodeAt(0))};`);

/** listmonk's "message" template (static/public/templates/message.html), reduced to its text. */
const messagePage = (status: number, title: string, message: string): FakeResponse => ({
  status,
  headers: { "Content-Type": "text/html; charset=UTF-8" },
  body: `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><h2>${escapeHtml(title)}</h2><p>${escapeHtml(message)}</p></body></html>`,
});

/** listmonk's reUUID (cmd/handlers.go). */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * SanitizeEmail: lowercased and trimmed, then Go's mail.ParseAddress must read it back as the
 * same bare address. This is its dot-atom form in ASCII, which is what a form sends.
 */
const ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const BARE_ADDRESS = new RegExp(`^${ATOM}(\\.${ATOM})*@${ATOM}(\\.${ATOM})*$`);
function sanitizeEmail(email: string): string | undefined {
  const address = email.trim().toLowerCase();
  return BARE_ADDRESS.test(address) ? address : undefined;
}

type Outcome = { error: FakeResponse } | { hasOptin: boolean };

/** The fields processSubForm binds: `email`, `name`, and `l` (form) or `list_uuids` (JSON). */
interface SubscriptionRequest {
  email: string;
  name: string;
  listUuids: string[];
}

/** echo's DefaultBinder, as far as these routes need it. */
function bind(request: FakeRequest): SubscriptionRequest | FakeResponse {
  const type = request.headers["content-type"] ?? "";
  // An empty body binds nothing, whatever its type.
  if (!request.body) return { email: "", name: "", listUuids: [] };
  if (type.startsWith("application/json")) {
    try {
      const json = JSON.parse(request.body) as Record<string, unknown>;
      const text = (value: unknown) => (typeof value === "string" ? value : "");
      const uuids = Array.isArray(json["list_uuids"]) ? json["list_uuids"] : [];
      return { email: text(json["email"]), name: text(json["name"]), listUuids: uuids.map(text) };
    } catch {
      return httpError(400, "Syntax error: the request body is not JSON");
    }
  }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    const form = new URLSearchParams(request.body);
    return {
      email: form.get("email") ?? "",
      name: form.get("name") ?? "",
      listUuids: form.getAll("l"),
    };
  }
  return httpError(415, "Unsupported Media Type");
}

/** processSubForm: validates, then adds the subscriber (or their new lists) to listmonk. */
function processSubscription(state: SubscriptionState, request: FakeRequest): Outcome {
  const bound = bind(request);
  if ("status" in bound) return { error: bound };
  if (bound.listUuids.length === 0) return { error: httpError(400, MESSAGES.noListsSelected) };
  const email = bound.email.length > 1000 ? undefined : sanitizeEmail(bound.email);
  if (!email) return { error: httpError(400, MESSAGES.invalidEmail) };
  // GetListTypes casts the UUIDs for PostgreSQL, which refuses a malformed one.
  const malformed = bound.listUuids.find((uuid) => !UUID.test(uuid));
  if (malformed !== undefined) {
    return {
      error: httpError(
        500,
        `Error fetching list: pq: invalid input syntax for type uuid: "${malformed}"`,
      ),
    };
  }
  // PostgreSQL compares UUIDs whatever their case.
  const asked = bound.listUuids.map((uuid) => uuid.toLowerCase());
  const named = state.lists.filter((list) => asked.includes(list.uuid.toLowerCase()));
  if (named.some((list) => list.type === "private")) {
    return { error: httpError(400, MESSAGES.invalidUUID) };
  }
  // An address listmonk knows keeps its record and gains the lists (UpdateSubscriberWithLists).
  const subscriber = state.subscribers.find((known) => known.email === email) ?? {
    email,
    name: bound.name.trim() || (email.split("@")[0] ?? ""),
    lists: [],
  };
  if (!state.subscribers.includes(subscriber)) state.subscribers.push(subscriber);
  for (const list of named) {
    if (!subscriber.lists.includes(list.uuid)) subscriber.lists.push(list.uuid);
  }
  // No one confirms here, so every double opt-in list of the subscriber is still unconfirmed:
  // listmonk sends its confirmation e-mail and says so.
  const hasOptin = state.lists.some(
    (list) => subscriber.lists.includes(list.uuid) && list.optin === "double",
  );
  return { hasOptin };
}

/** trustedURLsToCORSOrigins: each http(s) trusted URL's scheme and host, and `*`. */
function corsOrigins(state: SubscriptionState): string[] {
  return state.settings.trustedUrls.flatMap((trusted) => {
    if (trusted === "*") return ["*"];
    try {
      const url = new URL(trusted);
      return url.protocol === "http:" || url.protocol === "https:" ? [url.origin] : [];
    } catch {
      return [];
    }
  });
}

/** The methods echo's router lists for each route (OPTIONS first), which CORS repeats. */
const ROUTES: Record<string, string> = {
  "/subscription/form": "OPTIONS, GET, POST",
  "/api/public/subscription": "OPTIONS, POST",
};

/**
 * What answers before the routes' handlers: echo's CORS middleware, which listmonk registers
 * only when there are trusted URLs (every answer then varies by Origin, a trusted Origin is
 * echoed back, and a preflight, any OPTIONS, is answered at once: 204, with the methods and
 * headers allowed only for a trusted Origin); without it, echo's router answers OPTIONS itself
 * with the route's methods. Another method is 405, as echo's router says (listmonk's own form
 * page, `GET /subscription/form`, is not modelled).
 */
function withCors(state: SubscriptionState, handler: FakeHandler): FakeHandler {
  return (request) => {
    const methods = ROUTES[request.url.pathname];
    if (methods === undefined) return handler(request);
    const origins = corsOrigins(state);
    const origin = request.headers.origin ?? "";
    const allowed = origin
      ? origins.find((trusted) => trusted === "*" || trusted === origin)
      : undefined;
    const headers: Record<string, string> = origins.length > 0 ? { Vary: "Origin" } : {};
    if (request.method === "OPTIONS") {
      headers["Allow"] = methods;
      if (allowed) {
        Object.assign(headers, {
          "Access-Control-Allow-Origin": allowed,
          Vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
          "Access-Control-Allow-Methods": methods,
          "Access-Control-Allow-Headers": "Origin,Content-Type,Accept",
        });
      }
      return { status: 204, headers };
    }
    if (allowed) headers["Access-Control-Allow-Origin"] = allowed;
    const response =
      handler(request) ??
      (request.method === "HEAD"
        ? { status: 405, headers: { Allow: methods } }
        : { ...httpError(405, "Method Not Allowed"), headers: { Allow: methods } });
    return { ...response, headers: { ...headers, ...response.headers } };
  };
}

/** SubscriptionForm: the HTML form route, answering a message page or a redirect to `next`. */
function subscriptionForm(state: SubscriptionState): FakeHandler {
  return (request) => {
    if (request.method !== "POST" || request.url.pathname !== "/subscription/form") return;
    if (!state.settings.publicSubscription) return httpError(404, MESSAGES.invalidFeature);
    const form = new URLSearchParams(request.body);
    // "If there's a nonce value, a bot could've filled the form."
    if (form.get("nonce")) return httpError(502, MESSAGES.invalidFeature);
    const outcome = processSubscription(state, request);
    if ("error" in outcome) {
      const { status, body = "" } = outcome.error;
      const { message } = JSON.parse(body) as { message: string };
      return messagePage(status, MESSAGES.errorTitle, message);
    }
    // Only to a `next` that is exactly one of the trusted URLs.
    const next = (form.get("next") ?? "").trim();
    if (next && state.settings.trustedUrls.some((trusted) => trusted !== "*" && trusted === next)) {
      return { status: 303, headers: { Location: next } };
    }
    const message = outcome.hasOptin ? MESSAGES.subOptinPending : MESSAGES.subConfirmed;
    return messagePage(200, MESSAGES.subTitle, message);
  };
}

/** PublicSubscription: the JSON API, answering `{"data":{"has_optin":…}}`. */
function publicSubscription(state: SubscriptionState): FakeHandler {
  return (request) => {
    if (request.method !== "POST" || request.url.pathname !== "/api/public/subscription") return;
    if (!state.settings.publicSubscription) return httpError(400, MESSAGES.invalidFeature);
    const outcome = processSubscription(state, request);
    if ("error" in outcome) return outcome.error;
    return {
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: `${JSON.stringify({ data: { has_optin: outcome.hasOptin } })}\n`,
    };
  };
}

/** The public subscription routes, for startFakeServer, working on `state`. */
export function subscriptionHandlers(state: SubscriptionState): FakeHandler[] {
  const form = subscriptionForm(state);
  const api = publicSubscription(state);
  return [withCors(state, (request) => form(request) ?? api(request))];
}
