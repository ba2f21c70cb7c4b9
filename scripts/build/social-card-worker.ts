/** A thread of the card pool: writes each card it is sent, then says whether it drew it. */
import { parentPort } from "node:worker_threads";
import { writeSocialCard } from "../../src/lib/social-cards/social-card.ts";
import type { CardJob } from "./social-card-orders.ts";

async function write({ target, card }: CardJob) {
  try {
    parentPort?.postMessage(await writeSocialCard(card, target));
  } catch (error) {
    throw new Error(`Scheda social ${target}: ${String(error)}`, { cause: error });
  }
}

// A failed card rejects unhandled, which ends the thread with an error the pool reports.
parentPort?.on("message", (job: CardJob) => {
  void write(job);
});
