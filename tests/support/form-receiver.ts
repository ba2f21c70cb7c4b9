import { createServer, type Server } from "node:http";

export interface ReceivedForm {
  path: string;
  fields: Record<string, string>;
}

/**
 * Stands in for the form service: records every POST it receives and answers as such services
 * do, with CORS headers for a form sent in the page and a small page for a plain POST.
 */
export async function startFormReceiver(port: number) {
  const received: ReceivedForm[] = [];
  const server: Server = createServer((request, response) => {
    response.setHeader("Access-Control-Allow-Origin", "*");
    if (request.method !== "POST") {
      response.writeHead(204).end();
      return;
    }
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      received.push({
        path: request.url ?? "",
        fields: Object.fromEntries(new URLSearchParams(body)),
      });
      response
        .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
        .end('<!doctype html><html lang="it"><title>Ricevuto</title><p>Ricevuto</p></html>');
    });
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
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
