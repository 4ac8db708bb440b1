/**
 * Renders social cards on worker threads. A card costs about 26 ms of CPU (layout about 14,
 * rasterizing 9, PNG encoding 3: `node bench/cardTime.ts`) and a build renders one per article, so the socialCards integration hands
 * them to this pool: its workers draw on the other cores while Astro's main thread renders
 * Markdown and pages.
 *
 * The worker is started from its source file (resolved from the project root, like the card
 * fonts) because bundled build code has no file of its own to point a Worker at.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CardContent } from "./card.ts";

interface Pending {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
  worker: Worker;
}

/** One worker per core but the main thread's, at least one. */
const SIZE = Math.max(1, availableParallelism() - 1);

let workers: Worker[] = [];
const pending = new Map<number, Pending>();
const busy = new Map<Worker, number>();
let nextId = 0;

/** A worker with jobs keeps the process alive until they finish; an idle one never does. */
function track(worker: Worker, change: 1 | -1): void {
  const count = (busy.get(worker) ?? 0) + change;
  busy.set(worker, count);
  if (count > 0) worker.ref();
  else worker.unref();
}

function start(): Worker[] {
  if (workers.length > 0) return workers;
  const root = process.cwd();
  workers = Array.from({ length: SIZE }, () => {
    const worker = new Worker(join(root, "src/lib/social/cardWorker.ts"));
    worker.on("message", (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = pending.get(message.id);
      pending.delete(message.id);
      if (!job) return;
      track(job.worker, -1);
      if (message.png) job.resolve(message.png);
      else job.reject(new Error(`social card failed: ${message.error ?? "unknown error"}`));
    });
    worker.on("error", (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    worker.unref();
    return worker;
  });
  return workers;
}

/** The card as a 1200×630 PNG, rendered on a worker thread. */
export function renderCardOffThread(card: CardContent): Promise<Uint8Array> {
  const pool = start();
  const id = nextId++;
  const worker = pool[id % pool.length] as Worker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, worker });
    track(worker, 1);
    worker.postMessage({ id, card });
  });
}
