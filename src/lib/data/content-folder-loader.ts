/**
 * How a collection's folder is read: Astro's glob loader, with two differences that editors
 * would otherwise run into.
 *
 * - A folder that does not exist is an empty collection. Git keeps no empty folder, so a
 *   collection without entries yet (no events) has none, and Astro's glob loader would print
 *   "The base directory … does not exist" in English on every build and preview: nothing is wrong.
 * - In the preview (`npm run dev`) an entry its schema refuses is left out of the store instead of
 *   stopping the load. Astro's glob loader throws, which at the preview's start ends the server
 *   with a stack trace, and on a later change leaves the last good version in the store. Here both
 *   cases keep the last good version, if there is one: the content check names the mistake in
 *   Italian, in the terminal and on the page (scripts/build/preview-content-check.ts). A
 *   build is never lenient: a refused entry stops it, as the content check already did.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { t } from "../../i18n/it.ts";

export interface ContentFolderOptions {
  /** The folder, as an absolute path. */
  folder: string;
  /** Whether an entry the schema refuses is left out rather than stopping the load. */
  lenient: boolean;
}

export function contentFolderLoader(inner: Loader, options: ContentFolderOptions): Loader {
  return {
    name: "content-folder",
    load: async (context) => {
      const load = () => inner.load(options.lenient ? keepingLastGoodEntries(context) : context);
      if (existsSync(options.folder)) return load();
      // In the preview, the folder's first file (the first event) starts the collection.
      const { watcher } = context;
      if (!watcher) return;
      const onAdd = (added: string) => {
        if (!added.startsWith(`${options.folder}/`)) return;
        watcher.off("add", onAdd);
        void load();
      };
      watcher.on("add", onAdd);
    },
  };
}

/**
 * The loader's context, with a `parseData` that never throws and a store that ignores the entries
 * whose data it refused: the inner loader goes on with the other files.
 */
function keepingLastGoodEntries(context: LoaderContext): LoaderContext {
  const refused = new Set<string>();
  return {
    ...context,
    parseData: async (props) => {
      try {
        return await context.parseData(props);
      } catch {
        refused.add(props.id);
        const file = props.filePath ? path.relative(process.cwd(), props.filePath) : props.id;
        context.logger.warn(t.preview.entryRefused(file));
        return props.data;
      }
    },
    store: {
      ...context.store,
      set: (entry) => (refused.delete(entry.id) ? false : context.store.set(entry)),
    },
  };
}
