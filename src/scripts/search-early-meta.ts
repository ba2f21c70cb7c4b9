/**
 * Asks for Pagefind's metadata as soon as its entry file names it, instead of once the page's
 * code and Pagefind's have downloaded and run. The metadata's name changes with every index, so
 * the page cannot name it in advance: the head preloads the entry file, which this reads. The
 * engine's own request then finds the metadata preloaded or on its way.
 */
interface EntryFile {
  languages: Record<string, { hash: string } | undefined>;
}

const entry = document.querySelector<HTMLLinkElement>("link[data-engine-entry]");
if (entry) {
  fetch(entry.href)
    .then((response) => response.json() as Promise<EntryFile>)
    .then(({ languages }) => {
      const index = languages[document.documentElement.lang];
      if (!index) return;
      const link = Object.assign(document.createElement("link"), {
        rel: "preload",
        as: "fetch",
        crossOrigin: "anonymous",
        href: new URL(`pagefind.${index.hash}.pf_meta`, entry.href).href,
      });
      document.head.append(link);
    })
    // Pagefind asks for the metadata itself anyway, and says if it cannot.
    .catch(() => undefined);
}

export {};
