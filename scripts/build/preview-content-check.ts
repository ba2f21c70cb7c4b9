/**
 * The content check in the preview (`npm run dev`): run when the server starts and after every
 * change under the content folder, its report printed as `npm run build` prints it, its errors
 * shown at the top of every page (src/components/ContentErrorsBanner.astro). Astro's own
 * messages for the same mistakes are English, name line 0 and, at the start, end the server;
 * the content folder's loader keeps it running (src/lib/data/content-folder-loader.ts).
 */
import path from "node:path";
import type { AstroIntegration } from "astro";
import { contentFolder } from "../../src/collections.ts";
import { formatProblem } from "../../src/lib/data/content-errors.ts";
import { setPreviewContentErrors } from "../../src/lib/data/preview-content-errors.ts";
import { formatCheckReport } from "./content-check/report-text.ts";
import { runCheck } from "./content-check/run.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Saving a file can touch it several times (editors write a temporary file, then rename it). */
const SETTLE_MS = 150;

export function previewContentCheck(): AstroIntegration {
  return {
    name: "preview-content-check",
    hooks: {
      "astro:server:setup": ({ server }) => {
        // Vitest runs inside Astro's Vite config (vitest.config.ts), which calls this hook too.
        if (process.env["VITEST"]) return;
        const contentRoot = path.resolve(projectRoot, contentFolder);
        let shownErrors: string | undefined;
        const check = () => {
          const started = performance.now();
          const result = runCheck({
            projectRoot,
            contentRoot,
            shownRoot: contentFolder.replace(/\/+$/, "") || ".",
            now: new Date(),
          });
          console.log(formatCheckReport(result, (performance.now() - started) / 1000));
          setPreviewContentErrors(result.errors);
          // The page on screen shows the new list of errors, or loses the old one.
          const errors = result.errors.map(formatProblem).join("\n");
          if (shownErrors !== undefined && errors !== shownErrors) {
            server.hot.send({ type: "full-reload" });
          }
          shownErrors = errors;
        };
        check();
        // The loaders watch their collections' folders; the check reads every file of the folder.
        server.watcher.add(contentRoot);
        let pending: NodeJS.Timeout | undefined;
        server.watcher.on("all", (_event, file) => {
          if (!file.startsWith(`${contentRoot}${path.sep}`)) return;
          clearTimeout(pending);
          pending = setTimeout(check, SETTLE_MS);
        });
      },
    },
  };
}
