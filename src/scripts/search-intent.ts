/**
 * Pagefind starts downloading when the reader shows they mean to search: the header's field
 * gets the focus (a tap, a click, Tab, the `/` key). Once the engine is ready, each letter typed
 * fetches the part of the index its word needs, so after Enter the search page finds almost
 * everything in the browser's cache. No page downloads anything of Pagefind before that. The
 * search page loads it on arrival (search-page.ts): there the header's field has no `data-engine`.
 */
interface Engine {
  options: (options: unknown) => Promise<void>;
  /** Starts the engine too: a preload of nothing downloads what every search needs. */
  preload: (term: string) => Promise<void>;
}

const field = document.querySelector<HTMLInputElement>("header [data-engine]");
field?.addEventListener(
  "focus",
  () => {
    const { engine = "", engineOptions = "" } = field.dataset;
    (import(/* @vite-ignore */ engine) as Promise<Engine>)
      .then(async (pagefind) => {
        await pagefind.options(JSON.parse(engineOptions));
        const preload = () => void pagefind.preload(field.value);
        field.addEventListener("input", preload);
        preload();
      })
      // Nothing to tell yet: the search page says so if search is unavailable.
      .catch(() => undefined);
  },
  { once: true },
);

export {};
