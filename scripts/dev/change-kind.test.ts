import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeKind, changedFilesBetween } from "./change-kind.ts";

describe("changeKind", () => {
  it("calls a change that touches only the content folder content", () => {
    expect(
      changeKind(["content/news/2026/nuovo.md", "content/news/2026/nuovo/foto.jpg"], "content"),
    ).toBe("content");
  });

  it("calls a change with any file outside the content folder code", () => {
    expect(changeKind(["content/news/2026/nuovo.md", "src/site.ts"], "content")).toBe("code");
    expect(changeKind(["package-lock.json"], "content")).toBe("code");
    expect(changeKind([".github/workflows/deploy.yml"], "content")).toBe("code");
  });

  it("does not mistake a folder whose name begins like the content folder's for it", () => {
    expect(changeKind(["content-old/news.md", "contentious.md"], "content")).toBe("code");
  });

  it("checks everything when the changed files are unknown", () => {
    expect(changeKind(undefined, "content")).toBe("code");
  });

  it("calls a change of no file content, as a daily rebuild of the same commit is", () => {
    expect(changeKind([], "content")).toBe("content");
  });
});

describe("changedFilesBetween, on a repository", () => {
  let repo = "";
  const git = (...args: string[]) => {
    const result = spawnSync("git", args, { cwd: repo, encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout.trim();
  };
  const commit = (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), text);
    }
    git("add", "-A");
    git("-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-qm", "x");
    return git("rev-parse", "HEAD");
  };
  let first = "";
  let contentOnly = "";
  let code = "";

  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), "change-kind-"));
    git("init", "-q");
    first = commit({ "src/site.ts": "a", "content/news/2026/a.md": "a" });
    contentOnly = commit({ "content/news/2026/b.md": "b", "content/news/2026/a.md": "a2" });
    code = commit({ "content/news/2026/c.md": "c", "src/site.ts": "b" });
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  it("lists the files the commits after the base changed", () => {
    expect(changedFilesBetween(first, contentOnly, repo)?.sort()).toEqual([
      "content/news/2026/a.md",
      "content/news/2026/b.md",
    ]);
    expect(changeKind(changedFilesBetween(first, contentOnly, repo), "content")).toBe("content");
    expect(changeKind(changedFilesBetween(first, code, repo), "content")).toBe("code");
    expect(changeKind(changedFilesBetween(contentOnly, code, repo), "content")).toBe("code");
  });

  it("knows nothing of a first push's all-zero base, of no base, or of a base not in the history", () => {
    expect(changedFilesBetween("0000000000000000000000000000000000000000", code, repo)).toBe(
      undefined,
    );
    expect(changedFilesBetween(undefined, code, repo)).toBe(undefined);
    expect(changedFilesBetween("", code, repo)).toBe(undefined);
    expect(changedFilesBetween("1234567890abcdef1234567890abcdef12345678", code, repo)).toBe(
      undefined,
    );
  });
});
