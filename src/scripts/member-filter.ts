/**
 * Instant filtering of the members' list. Without JavaScript the same filters are real pages
 * (/membri/tipo/…, /membri/provincia/…, /membri/settore/…), linked above the list.
 */
import { pluralForm } from "../i18n/plural.ts";

const form = document.querySelector<HTMLFormElement>("[data-member-filter]");
const items = [...document.querySelectorAll<HTMLElement>("[data-member-list] > li")];
const status = document.querySelector<HTMLElement>("[data-member-filter-status]");
const empty = document.querySelector<HTMLElement>("[data-member-filter-empty]");

if (form && status && empty) {
  form.hidden = false;
  const matches = (item: HTMLElement, name: string, value: string) =>
    !value || (item.dataset[name] ?? "").split(" ").includes(value);

  const apply = () => {
    const chosen = [...new FormData(form)].flatMap(([name, value]) =>
      typeof value === "string" ? [[name, value] as const] : [],
    );
    let shown = 0;
    for (const item of items) {
      const visible = chosen.every(([name, value]) => matches(item, name, value));
      item.hidden = !visible;
      if (visible) shown++;
    }
    empty.hidden = shown > 0;
    status.textContent = pluralForm(
      shown,
      form.dataset["countOne"] ?? "1",
      form.dataset["countMany"] ?? "{n}",
    ).replace("{n}", String(shown));
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
}
