/**
 * The content check of one folder as `npm run check:content <folder>` runs it: the report it
 * prints and its exit status. The script and the tests call it, the tests without a process of
 * their own for each folder they check.
 */
import path from "node:path";
import { formatCheckReport } from "./report-text.ts";
import { runCheck } from "./run.ts";

export interface FolderCheck {
  /** 1 when there is any error, as the script exits. */
  status: 0 | 1;
  report: string;
}

/** `shownRoot` is the folder as given, relative to the working directory or absolute. */
export function checkFolder(projectRoot: string, shownRoot: string, now = new Date()): FolderCheck {
  const started = performance.now();
  const result = runCheck({
    projectRoot,
    contentRoot: path.resolve(shownRoot),
    shownRoot: shownRoot.replace(/\/+$/, "") || ".",
    now,
  });
  return {
    status: result.errors.length > 0 ? 1 : 0,
    report: formatCheckReport(result, (performance.now() - started) / 1000),
  };
}
