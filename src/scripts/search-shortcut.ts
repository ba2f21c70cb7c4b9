/** `/` jumps to the search field, unless the reader is already typing somewhere. */
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest("input, textarea, select, [contenteditable]")) return;
  const field =
    document.querySelector<HTMLInputElement>("main input[type=search]") ??
    document.querySelector<HTMLInputElement>("header input[type=search]");
  if (!field) return;
  event.preventDefault();
  // On a narrow screen (a phone, a window zoomed in) the header's field waits in a panel behind
  // its button (Header.astro): `/` opens the panel.
  if (!field.checkVisibility()) field.closest<HTMLElement>("[popover]")?.showPopover();
  field.focus();
  field.select();
});

// A module, so its names stay out of the global scope.
export {};
