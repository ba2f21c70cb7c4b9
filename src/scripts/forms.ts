/**
 * Progressive enhancement of the join and updates forms: Italian validation messages, sending
 * in the page with a confirmation, a honeypot that silently drops what bots fill in, and a
 * choice made by the link that led here (a working group's "Partecipa" opens the join form with
 * that group chosen: `/aderisci/?gruppo=<id>`). When sending fails, the status line says which
 * way (FormShell renders one message per case), and what the person wrote stays in the form.
 */
const INVALID_MESSAGE = "invalidMessage";

const asked = new URLSearchParams(location.search);
for (const select of document.querySelectorAll<HTMLSelectElement>("[data-chosen-from-address]")) {
  const value = asked.get(select.name);
  if (value && [...select.options].some((option) => option.value === value)) select.value = value;
}

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-enhanced-form]")) {
  const status = form.querySelector<HTMLElement>("[data-form-status]");
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");

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

  /**
   * Sends the form and names the outcome: "" when the service took it, otherwise the key of the
   * form's data attribute with the message. Never rejects.
   */
  const send = async (body: URLSearchParams) => {
    const deadline = new AbortController();
    const { signal } = deadline;
    const timer = setTimeout(() => {
      deadline.abort();
    }, Number(form.dataset["timeoutMs"]));
    try {
      const response = await fetch(form.action, { method: "POST", body, mode: "cors", signal });
      if (response.ok) return "";
      return response.status < 500 ? "errorRejected" : "errorServer";
    } catch {
      // fetch fails alike when nothing got through and when the service took the data but
      // answered without CORS headers, so the page may not read the answer. A request that
      // carries no data tells them apart: in no-cors mode it succeeds whenever the service
      // answers at all.
      const reached = await fetch(form.action, { method: "HEAD", mode: "no-cors", signal }).then(
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
    const confirm = () => {
      form.reset();
      status.textContent = form.dataset["thanks"] ?? "";
    };
    // A filled honeypot means a bot: thank it and send nothing.
    if (data.get("controllo")) {
      confirm();
      return;
    }
    data.delete("controllo");
    const body = new URLSearchParams();
    for (const [name, value] of data) {
      // The forms have no file fields: every value is text.
      if (typeof value === "string") body.append(name, value);
    }
    button.disabled = true;
    status.textContent = form.dataset["sending"] ?? "";
    const failure = await send(body);
    button.disabled = false;
    if (failure) status.textContent = form.dataset[failure] ?? "";
    else confirm();
  };
  form.addEventListener("submit", (event) => {
    void submit(event);
  });
}

// A module, so its names stay out of the global scope.
export {};
