/**
 * Progressive enhancement of the join and updates forms: Italian validation messages, sending
 * in the page with a confirmation, a honeypot that silently drops what bots fill in, and a
 * choice made by the link that led here (a working group's "Partecipa" opens the join form with
 * that group chosen: `/aderisci/?gruppo=<id>`). When sending fails, the status line says which
 * way (FormShell renders one message per outcome), and what the person wrote stays in the form.
 * The join form posts its fields to its service; the updates form subscribes through listmonk's
 * public API, whose answer names the outcome (src/lib/newsletter/listmonk.ts).
 */
import { listmonkRefusal, type ListmonkRefusal } from "../lib/newsletter/listmonk";

/** What the status line can say, each the key of a data attribute of the form. */
export type FormOutcome =
  | "thanks"
  | "thanksNoOptin"
  | "errorTimeout"
  | "errorNetwork"
  | "errorRejected"
  | "errorServer"
  | "errorUnreadable"
  | `refused${Capitalize<ListmonkRefusal>}`;

const INVALID_MESSAGE = "invalidMessage";

const asked = new URLSearchParams(location.search);
for (const select of document.querySelectorAll<HTMLSelectElement>("[data-chosen-from-address]")) {
  const value = asked.get(select.name);
  if (value && [...select.options].some((option) => option.value === value)) select.value = value;
}

const capitalize = <T extends string>(word: T) =>
  (word.charAt(0).toUpperCase() + word.slice(1)) as Capitalize<T>;

/**
 * listmonk answers `{"data":{"has_optin":…}}` when it took the address and `{"message":…}` when
 * it refused it, every refusal with 400.
 */
async function listmonkOutcome(response: Response): Promise<FormOutcome> {
  const answer = (await response.json().catch(() => ({}))) as {
    data?: { has_optin?: unknown };
    message?: unknown;
  };
  if (response.ok) return answer.data?.has_optin === false ? "thanksNoOptin" : "thanks";
  if (response.status >= 500) return "errorServer";
  const refusal = listmonkRefusal(answer.message);
  return refusal ? `refused${capitalize(refusal)}` : "errorRejected";
}

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-enhanced-form]")) {
  const status = form.querySelector<HTMLElement>("[data-form-status]");
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  const honeypot = form.dataset["honeypot"] ?? "";
  const listmonkApi = form.dataset["listmonkApi"];

  for (const field of form.querySelectorAll<HTMLInputElement>("[data-invalid-message]")) {
    field.addEventListener("invalid", () => {
      field.setCustomValidity("");
      if (!field.validity.valid) field.setCustomValidity(field.dataset[INVALID_MESSAGE] ?? "");
    });
    field.addEventListener("input", () => {
      field.setCustomValidity("");
    });
    field.addEventListener("change", () => {
      field.setCustomValidity("");
    });
  }

  // HTML cannot require one of several checkboxes: the first says so until one is ticked,
  // checked on every change and as the form is sent (a click on the button, or Enter in a
  // field, comes before the browser validates).
  for (const group of form.querySelectorAll<HTMLElement>("[data-choose-at-least-one]")) {
    const boxes = [...group.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
    const check = () => {
      const none = !boxes.some((box) => box.checked);
      boxes[0]?.setCustomValidity(none ? (group.dataset["chooseAtLeastOne"] ?? "") : "");
    };
    group.addEventListener("change", check);
    button?.addEventListener("click", check);
  }

  /** The request for the service: listmonk's API takes JSON, a form service the fields. */
  const request = (data: FormData): [string, RequestInit] => {
    if (listmonkApi) {
      const body = JSON.stringify({ email: data.get("email"), list_uuids: data.getAll("l") });
      return [listmonkApi, { headers: { "Content-Type": "application/json" }, body }];
    }
    const body = new URLSearchParams();
    for (const [name, value] of data) {
      // The forms have no file fields: every value is text.
      if (typeof value === "string") body.append(name, value);
    }
    return [form.action, { body }];
  };

  /** Sends the form and names the outcome, which is the key of its message. Never rejects. */
  const send = async (data: FormData): Promise<FormOutcome> => {
    const deadline = new AbortController();
    const { signal } = deadline;
    const timer = setTimeout(() => {
      deadline.abort();
    }, Number(form.dataset["timeoutMs"]));
    const [url, init] = request(data);
    try {
      const response = await fetch(url, { ...init, method: "POST", mode: "cors", signal });
      if (listmonkApi) return await listmonkOutcome(response);
      if (response.ok) return "thanks";
      return response.status < 500 ? "errorRejected" : "errorServer";
    } catch {
      // fetch fails alike when nothing got through and when the service took the data but
      // answered without CORS headers, so the page may not read the answer. A request that
      // carries no data tells them apart: in no-cors mode it succeeds whenever the service
      // answers at all. (listmonk's JSON waits for its leave first: without it nothing left,
      // which the updates form's own message says.)
      const reached = await fetch(url, { method: "HEAD", mode: "no-cors", signal }).then(
        () => true,
        () => false,
      );
      if (signal.aborted) return "errorTimeout";
      return reached ? "errorUnreadable" : "errorNetwork";
    } finally {
      clearTimeout(timer);
    }
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!status || !button) return;
    const data = new FormData(form);
    const say = (outcome: FormOutcome) => {
      if (outcome.startsWith("thanks")) form.reset();
      status.textContent = form.dataset[outcome] ?? "";
    };
    // A filled honeypot means a bot: thank it and send nothing.
    if (data.get(honeypot)) {
      say("thanks");
      return;
    }
    data.delete(honeypot);
    button.disabled = true;
    status.textContent = form.dataset["sending"] ?? "";
    const outcome = await send(data);
    button.disabled = false;
    say(outcome);
  };
  form.addEventListener("submit", (event) => {
    void submit(event);
  });
}
