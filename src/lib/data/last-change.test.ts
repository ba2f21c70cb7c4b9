import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lastChanges } from "./last-change.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "ultima-modifica-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Commits everything in a repository at a fixed moment. */
function commitAt(repository: string, iso: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: iso,
    GIT_COMMITTER_DATE: iso,
    GIT_AUTHOR_NAME: "Prova",
    GIT_AUTHOR_EMAIL: "prova@example.com",
    GIT_COMMITTER_NAME: "Prova",
    GIT_COMMITTER_EMAIL: "prova@example.com",
  };
  execFileSync("git", ["-C", repository, "add", "-A"], { env });
  execFileSync("git", ["-C", repository, "commit", "-q", "-m", "prova"], { env });
}

function write(file: string, text: string, modified: Date) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, modified, modified);
}

describe("lastChanges", () => {
  const repository = path.join(root, "sito");
  const events = path.join(repository, "content/events");
  const onDisk = new Date("2030-01-01T00:00:00Z");
  mkdirSync(events, { recursive: true });
  execFileSync("git", ["-C", repository, "init", "-q"]);
  write(path.join(events, "assemblea.md"), "prima", onDisk);
  write(path.join(events, "fiera.md"), "prima", onDisk);
  commitAt(repository, "2026-03-01T10:00:00Z");
  write(path.join(events, "fiera.md"), "seconda", onDisk);
  commitAt(repository, "2026-04-01T10:00:00Z");

  it("dates each committed file by the last commit that changed it, not by the disk", () => {
    const changeOf = lastChanges(events);
    expect(changeOf(path.join(events, "assemblea.md")).toISOString()).toBe(
      "2026-03-01T10:00:00.000Z",
    );
    expect(changeOf(path.join(events, "fiera.md")).toISOString()).toBe("2026-04-01T10:00:00.000Z");
  });

  it("dates an edited or new file by its time on disk, since no commit holds it yet", () => {
    const edited = new Date("2031-05-05T05:05:05Z");
    write(path.join(events, "assemblea.md"), "modificato", edited);
    write(path.join(events, "nuovo.md"), "nuovo", edited);
    const changeOf = lastChanges(events);
    expect(changeOf(path.join(events, "assemblea.md"))).toEqual(edited);
    expect(changeOf(path.join(events, "nuovo.md"))).toEqual(edited);
    expect(changeOf(path.join(events, "fiera.md")).toISOString()).toBe("2026-04-01T10:00:00.000Z");
  });

  it("dates files outside any repository by their time on disk", () => {
    const loose = path.join(os.tmpdir(), `senza-git-${process.pid}`);
    const modified = new Date("2029-02-02T02:02:02Z");
    write(path.join(loose, "evento.md"), "testo", modified);
    try {
      expect(lastChanges(loose)(path.join(loose, "evento.md"))).toEqual(modified);
    } finally {
      rmSync(loose, { recursive: true, force: true });
    }
  });
});
