/**
 * Serves a built site on a free local port the way a static host does: `/x/` is `/x/index.html`,
 * unknown addresses get the 404 page, text is sent gzipped, and caching is Cloudflare Pages':
 * the site's `_headers` (hashed files kept a year), every other file revalidated with its ETag
 * (`max-age=0, must-revalidate`, then 304). So what the browser downloads, first and again, is
 * what a reader would download.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createGzip } from "node:zlib";
import { hostHeadersFor, readHeadersFile, type HeaderRule } from "../../build/headers-file.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg)/;

export interface Server {
  origin: string;
  close: () => Promise<void>;
}

function resolveFile(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const absolute = path.join(dist, decoded);
  if (!absolute.startsWith(dist)) return undefined;
  const candidates = decoded.endsWith("/")
    ? [path.join(absolute, "index.html")]
    : [absolute, `${absolute}.html`];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  status: number,
  headers: Map<string, string>,
) {
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  const stat = statSync(file);
  const etag = `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}${gzip ? "-gz" : ""}"`;
  for (const [name, value] of headers) response.setHeader(name, value);
  response.setHeader("Content-Type", type);
  response.setHeader("Vary", "Accept-Encoding");
  if (status === 200) response.setHeader("ETag", etag);
  if (status === 200 && request.headers["if-none-match"] === etag) {
    response.statusCode = 304;
    response.end();
    return;
  }
  response.statusCode = status;
  if (gzip) {
    response.setHeader("Content-Encoding", "gzip");
    createReadStream(file)
      .pipe(createGzip({ level: 6 }))
      .pipe(response);
  } else {
    response.setHeader("Content-Length", stat.size);
    createReadStream(file).pipe(response);
  }
}

export async function serveSite(distFolder: string): Promise<Server> {
  const dist = path.resolve(distFolder);
  const rules: HeaderRule[] = existsSync(path.join(dist, "_headers")) ? readHeadersFile(dist) : [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const file = resolveFile(dist, pathname);
    const headers = hostHeadersFor(rules, pathname);
    if (file) send(request, response, file, 200, headers);
    else send(request, response, path.join(dist, "404.html"), 404, headers);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
