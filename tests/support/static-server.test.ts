import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "./static-server.ts";

/** A response as the browser receives it: Node's fetch would decode it. */
function get(url: string, acceptEncoding: string) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    request(url, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({ headers: response.headers, body: Buffer.concat(chunks) });
      });
    })
      .on("error", reject)
      .end();
  });
}

describe("the static server's gzip, which the benchmark's transfer figures read", () => {
  let dist: string;
  const script = "export const words = '" + "motori elettrici ".repeat(200) + "';";
  const index = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

  beforeAll(() => {
    dist = mkdtempSync(path.join(os.tmpdir(), "server-"));
    mkdirSync(path.join(dist, "pagefind"));
    writeFileSync(path.join(dist, "pagefind/pagefind.js"), script);
    writeFileSync(path.join(dist, "pagefind/it_a.pf_index"), index);
    writeFileSync(path.join(dist, "_headers"), "");
  });
  afterAll(() => {
    rmSync(dist, { recursive: true, force: true });
  });

  it("sends text gzipped, even to a browser that prefers brotli, and the index as it is", async () => {
    const server = await serveStatic(dist, { headersFile: true, gzip: true });
    try {
      const text = await get(`${server.origin}/pagefind/pagefind.js`, "gzip, deflate, br, zstd");
      expect(text.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(text.body).toString()).toBe(script);
      expect(text.body.length).toBeLessThan(script.length / 10);

      const file = await get(`${server.origin}/pagefind/it_a.pf_index`, "gzip, br");
      expect(file.headers["content-encoding"]).toBeUndefined();
      expect(file.body).toEqual(index);
    } finally {
      await server.close();
    }
  });

  it("sends every file as it is without the option", async () => {
    const server = await serveStatic(dist);
    try {
      const text = await get(`${server.origin}/pagefind/pagefind.js`, "gzip, br");
      expect(text.headers["content-encoding"]).toBeUndefined();
      expect(text.body.toString()).toBe(script);
    } finally {
      await server.close();
    }
  });
});
