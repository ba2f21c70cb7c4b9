import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeDocument, formatFileSize } from "./documents.ts";

const root = mkdtempSync(path.join(tmpdir(), "documenti-"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("documents", () => {
  it("writes sizes the Italian way", () => {
    expect(formatFileSize(512)).toBe("512 byte");
    expect(formatFileSize(340_000)).toBe("340 kB");
    expect(formatFileSize(1_250_000)).toBe("1,3 MB");
  });

  it("names the type and size of a document in public/documenti/", () => {
    const publicDir = mkdtempSync(path.join(root, "public-"));
    mkdirSync(path.join(publicDir, "documenti"));
    writeFileSync(path.join(publicDir, "documenti", "statuto.pdf"), Buffer.alloc(2_500));
    expect(describeDocument(publicDir, "/documenti/statuto.pdf")).toEqual({
      kind: "PDF",
      size: "2,5 kB",
    });
  });

  it("says what is wrong with a document that is missing or outside /documenti/", () => {
    const publicDir = mkdtempSync(path.join(root, "public-"));
    expect(describeDocument(publicDir, "/documenti/manca.pdf")).toEqual({
      message: { name: "DocumentNotFound", params: { file: "/documenti/manca.pdf" } },
    });
    expect(describeDocument(publicDir, "/altro/x.pdf")).toEqual({
      message: { name: "DocumentOutsideFolder", params: { file: "/altro/x.pdf" } },
    });
  });
});
