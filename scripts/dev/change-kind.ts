/**
 * `node scripts/dev/change-kind.ts <base> [head]`: prints `content` when the commits from base to
 * head changed nothing outside the content folder, and `code` otherwise. `.ci/run` reads it to run,
 * for an editor's change, only what content can break (the content check, the build, the checks
 * on the real site's pages); a change to anything else runs every test. The one place that decides.
 */
import { spawnSync } from "node:child_process";
import { contentFolder } from "../../src/collections.ts";

export type ChangeKind = "content" | "code";

/**
 * What a change is, from the files it touched (paths from the repository's root, as git prints
 * them). Unknown files (a first push, a base that is not in the history) mean everything may
 * have changed (the daily rebuild, which has no base, runs everything). A change of no file at
 * all is content: nothing outside content/ changed.
 */
export function changeKind(
  changedFiles: readonly string[] | undefined,
  folder = contentFolder,
): ChangeKind {
  if (changedFiles === undefined) return "code";
  const prefix = `${folder.replace(/\/+$/, "")}/`;
  return changedFiles.every((file) => file.startsWith(prefix)) ? "content" : "code";
}

/** A base that names no commit: GitHub's all-zero `before` on a branch's first push, or none. */
const isUnknown = (base: string | undefined) => !base || /^0+$/.test(base);

/**
 * The files changed between two commits, or undefined when the base is unknown or not in the
 * clone's history (a shallow clone, a force-push that dropped it).
 */
export function changedFilesBetween(
  base: string | undefined,
  head: string,
  cwd = process.cwd(),
): string[] | undefined {
  if (isUnknown(base)) return undefined;
  const diff = spawnSync("git", ["diff", "--name-only", "--no-renames", "-z", base!, head], {
    cwd,
    encoding: "utf8",
  });
  if (diff.status !== 0) return undefined;
  return diff.stdout.split("\0").filter(Boolean);
}

if (import.meta.main) {
  const [base, head = "HEAD"] = process.argv.slice(2);
  const files = changedFilesBetween(base, head);
  const kind = changeKind(files);
  // The reason goes to the log; stdout holds only the answer, which .ci/run reads.
  console.error(
    files === undefined
      ? `change-kind: base «${base ?? ""}» sconosciuta: si controlla tutto.`
      : `change-kind: ${files.length} file cambiati da ${base} a ${head}: ${kind}.`,
  );
  console.log(kind);
}
