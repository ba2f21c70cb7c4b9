// Prints Vitest's JSON results as the one line CI reads: "N passed, N failed", and ", N skipped"
// when a run left tests out (an editor's change runs only the real site's checks).
// A run that ended before writing results counts as one failure, never as success.
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.log("0 passed, 1 failed");
} else {
  /** @type {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number, success: boolean }} */
  const results = JSON.parse(readFileSync(file, "utf8"));
  const failed = results.numFailedTests || (results.success ? 0 : 1);
  const skipped = results.numPendingTests + results.numTodoTests;
  console.log(
    `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`,
  );
}
