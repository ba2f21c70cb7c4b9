import { Worker } from "node:worker_threads";
import type { CardOrder } from "./social-card-orders.ts";

export interface CardTally {
  drawn: number;
  fromCache: number;
}

/**
 * Writes cards in worker threads, each taking the next order when it is done: drawing a card
 * costs about 30 ms of CPU, and thousands of them must not wait on one core. Threads can join
 * while the pool runs, as cores become free.
 */
export function socialCardPool(orders: readonly CardOrder[]) {
  let next = 0;
  let drawn = 0;
  const running = new Set<Worker>();
  const { promise: done, resolve, reject } = Promise.withResolvers<CardTally>();
  const finish = () => resolve({ drawn, fromCache: orders.length - drawn });
  if (orders.length === 0) finish();

  const feed = (worker: Worker) => {
    const order = orders[next++];
    if (order) {
      worker.postMessage(order);
      return;
    }
    running.delete(worker);
    void worker.terminate();
    if (running.size === 0) finish();
  };

  /** Starts one more thread, if orders are left for it. */
  const addWorker = () => {
    if (next >= orders.length) return;
    const worker = new Worker(new URL("./social-card-worker.ts", import.meta.url));
    running.add(worker);
    worker.on("message", (wasDrawn: boolean) => {
      if (wasDrawn) drawn++;
      feed(worker);
    });
    worker.on("error", (error) => {
      for (const other of running) void other.terminate();
      reject(error);
    });
    feed(worker);
  };

  return { addWorker, done };
}
