/**
 * `/` jumps to the search field, unless the reader is already typing somewhere. On a phone the
 * header's field waits in a panel behind its button (Header.astro): `/` opens the panel, and so
 * does the button, which puts the reader in the field, ready to type.
 */
const headerField = document.querySelector<HTMLInputElement>("header input[type=search]");
const headerPanel = headerField?.closest<HTMLElement>("[popover]");
headerPanel?.addEventListener("toggle", (event) => {
  if (event.newState === "open") headerField?.focus();
});

document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest("input, textarea, select, [contenteditable]")) return;
  const field = document.querySelector<HTMLInputElement>("main input[type=search]") ?? headerField;
  if (!field) return;
  event.preventDefault();
  if (field === headerField && !field.checkVisibility()) headerPanel?.showPopover();
  field.focus();
  field.select();
});

// A module, so its names stay out of the global scope.
export {};
