import { existsSync } from "node:fs";
import path from "node:path";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import compression from "compression";
import sirv from "sirv";
import { hostHeadersFor, readHeadersFile } from "../../scripts/build/headers-file.ts";
import { closeServer } from "./fake-listmonk/server.ts";

export interface StaticServer {
  origin: string;
  /** Every address the browser downloaded from here (not those it found in its cache). */
  served: string[];
  close: () => Promise<void>;
}

export interface ServeOptions {
  /**
   * Send the headers of the site's `_headers` file, as the static host does, and its default
   * for files no rule gives a Cache-Control: revalidate each time (Cloudflare Pages').
   */
  headersFile?: boolean;
  /**
   * Send text gzipped, as the host does, so that what the browser downloads weighs what a
   * reader's download weighs (the benchmark's search figures). Not Pagefind's index files and
   * WebAssembly: Pagefind gzips its index itself, and both are sent as they are.
   */
  gzip?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg)/;
/**
 * Every size: a small file sent gzipped is what the host sends too. compression's types are
 * Express's; it needs only Node's request and response, as its README says.
 */
const gzipText = compression({
  threshold: 0,
  filter: (_request, response) => COMPRESSIBLE.test(String(response.getHeader("Content-Type"))),
}) as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** The not-found page closest to an address: /en/404.html under /en/, else /404.html. */
function nearestNotFound(dist: string, pathname: string): string {
  const folders = pathname.split("/").slice(1, -1);
  for (let depth = folders.length; depth > 0; depth--) {
    const candidate = `/${folders.slice(0, depth).join("/")}/404.html`;
    if (existsSync(path.join(dist, candidate))) return candidate;
  }
  return "/404.html";
}

/** Serves a built site on a free local port, with its 404 page for unknown addresses. */
export async function serveStatic(dist: string, options: ServeOptions = {}): Promise<StaticServer> {
  const files = sirv(dist, { dev: false, etag: true, extensions: ["html"] });
  const notFound = sirv(dist, { dev: false });
  const rules = options.headersFile ? readHeadersFile(dist) : undefined;
  const served: string[] = [];
  const server: Server = createServer((request, response) => {
    served.push(request.url ?? "/");
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const headers = rules ? hostHeadersFor(rules, pathname) : [];
    for (const [name, value] of headers) response.setHeader(name, value);
    const serve = () => {
      files(request, response, () => {
        // As Cloudflare Pages and Netlify do: the nearest 404.html up the address's folders.
        request.url = nearestNotFound(dist, pathname);
        response.statusCode = 404;
        notFound(request, response, () => {
          response.end();
        });
      });
    };
    if (options.gzip) {
      // gzip only, where compression would choose brotli at a level of its own: the host's
      // brotli level is not published, and every figure so far was measured gzipped.
      const accepted = request.headers["accept-encoding"] ?? "";
      request.headers["accept-encoding"] = /\bgzip\b/.test(accepted) ? "gzip" : "identity";
      gzipText(request, response, serve);
    } else serve();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    // The shared browser (browser.ts) keeps its connections alive for the next page.
    close: () => closeServer(server),
  };
}
