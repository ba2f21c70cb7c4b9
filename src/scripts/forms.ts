/**
 * Progressive enhancement of the join and updates forms: Italian validation messages, sending
 * in the page with a confirmation, a honeypot that silently drops what bots fill in, and a
 * choice made by the link that led here (a working group's "Partecipa" opens the join form with
 * that group chosen: `/aderisci/?gruppo=<id>`).
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

  // Never rejects: a failure is shown in the status line.
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
    button.disabled = true;
    status.textContent = form.dataset["sending"] ?? "";
    try {
      const body = new URLSearchParams();
      for (const [name, value] of data) {
        // The forms have no file fields: every value is text.
        if (typeof value === "string") body.append(name, value);
      }
      const response = await fetch(form.action, { method: "POST", body, mode: "cors" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      confirm();
    } catch {
      status.textContent = form.dataset["error"] ?? "";
    } finally {
      button.disabled = false;
    }
  };
  form.addEventListener("submit", (event) => {
    void submit(event);
  });
}

// A module, so its names stay out of the global scope.
export {};
