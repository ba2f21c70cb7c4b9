import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { closeServer, readBody } from "./fake-listmonk/server";

export interface ReceivedForm {
  path: string;
  fields: Record<string, string>;
}

/**
 * How the stand-in service answers, one way for each failure a form meets in the wild:
 * - `ok`: records the POST and answers 200 with CORS headers, as form services do;
 * - `hang`: records the POST and never answers;
 * - `unreachable`: drops every connection before answering, as a network failure does;
 * - `rejected`: answers 422 (a 4xx: the service refused the data) and records nothing;
 * - `failing`: answers 503 (a 5xx: the service is broken) and records nothing;
 * - `no-cors`: records the POST and answers 200 without CORS headers, so the page cannot read it.
 */
export type ReceiverBehaviour = "ok" | "hang" | "unreachable" | "rejected" | "failing" | "no-cors";

const CORS = { "Access-Control-Allow-Origin": "*" };
const PAGE = '<!doctype html><html lang="it"><title>Ricevuto</title><p>Ricevuto</p></html>';
const HTML = { "Content-Type": "text/html; charset=utf-8" };

/**
 * Stands in for the form service: records every POST it accepts and answers as `behaviour`
 * says (`ok` unless a test sets another), with a small page for a plain POST.
 */
export async function startFormReceiver(port: number) {
  const received: ReceivedForm[] = [];
  const state = { behaviour: "ok" as ReceiverBehaviour };

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const { behaviour } = state;
    if (behaviour === "unreachable") {
      request.socket.destroy();
      return;
    }
    if (request.method !== "POST") {
      response.writeHead(204, behaviour === "no-cors" ? {} : CORS).end();
      return;
    }
    const body = await readBody(request);
    if (behaviour === "rejected" || behaviour === "failing") {
      response.writeHead(behaviour === "rejected" ? 422 : 503, { ...CORS, ...HTML }).end(PAGE);
      return;
    }
    received.push({
      path: request.url ?? "",
      fields: Object.fromEntries(new URLSearchParams(body)),
    });
    // A hanging service keeps the request open until the server closes.
    if (behaviour === "hang") return;
    response.writeHead(200, behaviour === "no-cors" ? HTML : { ...CORS, ...HTML }).end(PAGE);
  };

  const server: Server = createServer((request, response) => {
    void answer(request, response);
  });
  // The fixture site is built to post to this port: if it is taken, fail now rather than hang.
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) => {
      reject(
        new Error(`Port ${port}, where the fixture site's forms post, is taken: ${error.message}`),
      );
    });
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    received,
    /** Makes the service answer every later request this way. */
    behave: (behaviour: ReceiverBehaviour) => {
      state.behaviour = behaviour;
    },
    // Hanging requests would keep it open for ever.
    close: () => closeServer(server),
  };
}
