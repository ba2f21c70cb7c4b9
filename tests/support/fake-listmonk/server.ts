import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/**
 * The HTTP shell of the fake listmonk: listens on a local port and hands each request, with its
 * body read, to the route handlers of each half of listmonk's contract (the public subscription
 * routes, the authenticated campaigns API). The first handler that answers wins; nothing
 * answered is listmonk's 404.
 */
export interface FakeRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** Answers a request, or returns undefined to let the next handler try. */
export type FakeHandler = (request: FakeRequest) => FakeResponse | undefined;

/** A request's whole body as text (the form receiver reads its posts with it too). */
export function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  request.setEncoding("utf8");
  request.on("data", (chunk: string) => (body += chunk));
  return new Promise((resolve) => {
    request.on("end", () => {
      resolve(body);
    });
  });
}

const NOT_FOUND: FakeResponse = {
  status: 404,
  headers: { "Content-Type": "application/json; charset=utf-8" },
  body: JSON.stringify({ message: "Not Found" }),
};

/** Starts a server on 127.0.0.1 (port 0: any free one) that answers with the handlers. */
export async function startFakeServer(handlers: readonly FakeHandler[], port = 0) {
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const fake: FakeRequest = {
      method: request.method ?? "GET",
      url: new URL(request.url ?? "/", "http://127.0.0.1"),
      headers: request.headers,
      body,
    };
    let result: FakeResponse | undefined;
    for (const handler of handlers) {
      result = handler(fake);
      if (result) break;
    }
    const { status, headers = {}, body: text = "" } = result ?? NOT_FOUND;
    response.writeHead(status, headers).end(text);
  };
  const server: Server = createServer((request, response) => {
    void answer(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => closeServer(server),
  };
}

/**
 * Stops a test server now: the connections still open are closed too, where `close()` alone
 * waits for them (a hanging request, or the shared browser's kept-alive ones, for 5 s).
 */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}
