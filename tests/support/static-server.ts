import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site on a free local port, with its 404 page for unknown addresses, and
 * `headers` on every response (as a host reading `_headers` would send them).
 */
export async function serveStatic(
  dist: string,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const files = sirv(dist, { dev: false, etag: true, extensions: ["html"] });
  const notFound = sirv(dist, { dev: false });
  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    files(request, response, () => {
      request.url = "/404.html";
      response.statusCode = 404;
      notFound(request, response, () => {
        response.end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
