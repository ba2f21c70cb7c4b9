import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";

function git(folder: string, args: readonly string[]): string | undefined {
  const result = spawnSync("git", ["-C", folder, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return result.status === 0 ? result.stdout : undefined;
}

/** The time of the newest commit that touched each file under a folder, by absolute path. */
function commitTimes(folder: string, top: string): Map<string, Date> {
  const times = new Map<string, Date>();
  // Newest first: each commit is "\0<seconds>" followed by the files it changed.
  const log = git(folder, ["log", "--format=%x00%ct", "--name-only", "--no-renames", "--", "."]);
  for (const commit of log?.split("\0").slice(1) ?? []) {
    const [seconds = "", ...files] = commit.split("\n");
    const time = new Date(Number(seconds) * 1000);
    for (const file of files.filter(Boolean)) {
      const absolute = path.resolve(top, file);
      if (!times.has(absolute)) times.set(absolute, time);
    }
  }
  return times;
}

/** Files git sees as new or changed since the last commit, by absolute path. */
function uncommitted(folder: string, top: string): Set<string> {
  const status = git(folder, [
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--",
    ".",
  ]);
  return new Set(
    (status ?? "")
      .split("\0")
      .filter((record) => record.length > 3)
      .map((record) => path.resolve(top, record.slice(3))),
  );
}

/**
 * When each file of a folder last changed: the time of the last commit that touched it, which
 * is the same on every machine and every build of that commit; for a file with uncommitted
 * changes, or outside a repository, its modification time. A shallow clone dates every file at
 * its one commit: later than the truth, never earlier, so what depends on it only moves forward.
 */
export function lastChanges(folder: string): (file: string) => Date {
  const top = git(folder, ["rev-parse", "--show-toplevel"])?.trim();
  const committed = top ? commitTimes(folder, top) : new Map<string, Date>();
  const changed = top ? uncommitted(folder, top) : new Set<string>();
  return (file) => {
    const absolute = path.resolve(file);
    const time = changed.has(absolute) ? undefined : committed.get(absolute);
    return time ?? statSync(absolute).mtime;
  };
}
