import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { readingMinutes, readingMinutesOfFile } from "./reading-time.ts";

const words = (count: number) => Array.from({ length: count }, () => "parola").join(" ");

describe("readingMinutes", () => {
  it("is at least one minute, even for an empty body", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes(words(10))).toBe(1);
  });

  it("rounds up at 200 words a minute", () => {
    expect(readingMinutes(words(200))).toBe(1);
    expect(readingMinutes(words(201))).toBe(2);
    expect(readingMinutes(words(900))).toBe(5);
  });

  it("counts the words of a link's text, not its address", () => {
    const link = `[${words(3)}](https://example.com/${"a/".repeat(300)})`;
    expect(readingMinutes(`${words(198)} ${link}`)).toBe(2);
    expect(readingMinutes(`${words(196)} ${link}`)).toBe(1);
  });
});

describe("readingMinutesOfFile", () => {
  it("counts the body of a Markdown file, not its front matter", () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "lettura-"));
    onTestFinished(() => {
      rmSync(folder, { recursive: true, force: true });
    });
    const file = path.join(folder, "articolo.md");
    const frontMatter = `---\ntitle: Titolo\ndescription: ${words(300)}\n---\n`;
    writeFileSync(file, `${frontMatter}${words(201)}\n`);
    expect(readingMinutesOfFile(file)).toBe(2);
    writeFileSync(file, `${frontMatter}${words(150)}\n`);
    expect(readingMinutesOfFile(file)).toBe(1);
  });
});
