import { Worker } from "node:worker_threads";
import type { CardOrder } from "./social-card-orders.ts";

export interface CardTally {
  drawn: number;
  fromCache: number;
}

/**
 * Writes cards in `threads` worker threads, each taking the next order when it is done: drawing
 * a card costs about 35 ms of CPU, and thousands of them must not wait on one core.
 */
export function writeSocialCards(orders: Iterator<CardOrder>, threads: number): Promise<CardTally> {
  let written = 0;
  let drawn = 0;
  const running = new Set<Worker>();
  const { promise, resolve, reject } = Promise.withResolvers<CardTally>();

  const feed = (worker: Worker) => {
    const order = orders.next();
    if (!order.done) {
      worker.postMessage(order.value);
      return;
    }
    running.delete(worker);
    void worker.terminate();
    if (running.size === 0) resolve({ drawn, fromCache: written - drawn });
  };

  for (let thread = 0; thread < threads; thread++) {
    const worker = new Worker(new URL("./social-card-worker.ts", import.meta.url));
    running.add(worker);
    worker.on("message", (wasDrawn: boolean) => {
      written++;
      if (wasDrawn) drawn++;
      feed(worker);
    });
    worker.on("error", (error) => {
      for (const other of running) void other.terminate();
      reject(error);
    });
    feed(worker);
  }
  return promise;
}
