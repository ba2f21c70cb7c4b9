/**
 * What the updates form needs of listmonk's public subscription contract (v6.2.0: cmd/public.go,
 * cmd/handlers.go, i18n/): its two routes, and how to tell its refusals apart. The page runs
 * this code too (src/scripts/forms.ts), so it stays small and imports nothing.
 */

/** listmonk's routes for a subscription, under its public root URL. */
export const listmonkRoutes = {
  /** The HTML form route: fields `email`, `l` (one per list), `nonce`, `next`. */
  form: (root: string) => new URL("/subscription/form", root).href,
  /** The public API: JSON `{ email, list_uuids }`, answering `{ data: { has_optin } }`. */
  api: (root: string) => new URL("/api/public/subscription", root).href,
};

/** listmonk fills `nonce` never; a bot filling every field does, and listmonk drops it. */
export const LISTMONK_HONEYPOT = "nonce";

/**
 * listmonk's refusals with a message of their own on the page, by the i18n keys listmonk sends
 * them with. listmonk answers every one with 400 and its message as localised text, never a
 * code: the page recognises the exact text in the languages listmonk may be set to for this
 * site (Settings → General → Language: English, its default, or Italian), from its
 * i18n/en.json and i18n/it.json. Any other text falls back to the generic refusal.
 */
export const LISTMONK_REFUSALS = {
  /** `subscribers.invalidEmail`, and `subscribers.domainBlocklisted` (both from SanitizeEmail). */
  invalidEmail: [
    "Invalid email.",
    "Email non valida.",
    "The e-mail domain is blocklisted.",
    "Il nome di dominio della casella di posta si trova nella lista di blocco.",
  ],
  /** `public.noListsSelected`: no list UUID was sent. */
  noLists: [
    "No valid lists selected to subscribe.",
    "Nessuna lista valida selezionata per l'iscrizione.",
  ],
  /** `globals.messages.invalidUUID`: a list is private. */
  closedLists: ["Invalid UUID(s)", "UUID non valido"],
  /** `public.invalidFeature`: public subscription is switched off. */
  disabled: ["That feature is not available.", "Questa funzione non è disponibile."],
} as const satisfies Record<string, readonly string[]>;

export type ListmonkRefusal = keyof typeof LISTMONK_REFUSALS;

/** Which refusal listmonk's message names, or undefined for one the page does not know. */
export function listmonkRefusal(message: unknown): ListmonkRefusal | undefined {
  const text = typeof message === "string" ? message.trim() : "";
  return (Object.keys(LISTMONK_REFUSALS) as ListmonkRefusal[]).find((refusal) =>
    (LISTMONK_REFUSALS[refusal] as readonly string[]).includes(text),
  );
}
