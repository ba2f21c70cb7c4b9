import { writeFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { cachedSocialCardPng } from "../../src/lib/social-cards/social-card.ts";
import type { CardJob } from "./social-card-orders.ts";

export interface CardTally {
  drawn: number;
  fromCache: number;
}

/**
 * Draws cards in `threads` worker threads, each taking the next job when it is done: drawing a
 * card costs about 30 ms of CPU, and hundreds of them must not wait on one core.
 */
function drawInWorkers(jobs: readonly CardJob[], threads: number): Promise<number> {
  let next = 0;
  let drawn = 0;
  const running = new Set<Worker>();
  const { promise, resolve, reject } = Promise.withResolvers<number>();

  const feed = (worker: Worker) => {
    const job = jobs[next++];
    if (job) {
      worker.postMessage(job);
      return;
    }
    running.delete(worker);
    void worker.terminate();
    if (running.size === 0) resolve(drawn);
  };

  for (let thread = 0; thread < Math.min(threads, jobs.length); thread++) {
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
  }
  if (running.size === 0) resolve(0);
  return promise;
}

/**
 * Writes every card: those drawn before from the cache, here, and the others drawn in worker
 * threads, which are started only when there is something to draw (each costs a second of CPU
 * to load the drawing tools).
 */
export async function writeSocialCards(
  jobs: readonly CardJob[],
  threads: number,
): Promise<CardTally> {
  const toDraw: CardJob[] = [];
  for (const job of jobs) {
    const png = await cachedSocialCardPng(job.card);
    if (png) await writeFile(job.target, png);
    else toDraw.push(job);
  }
  const drawn = await drawInWorkers(toDraw, threads);
  return { drawn, fromCache: jobs.length - drawn };
}
