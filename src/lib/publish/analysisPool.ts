/**
 * Computes the per-article analysis (`articleParts`) on worker threads and the main thread at
 * once, for a cold build: about half of `analyseCorpus`'s time is per article and each
 * article's parts follow from it and the register alone, so the other cores can take a share.
 * The parts come back keyed by the input article, to be handed to `analyseCorpus` through its
 * `perArticle` hook; they are exactly what the main thread would compute (same code, plain data
 * copied between threads), and `analyseCorpus` still merges them in corpus order.
 *
 * Articles go out in small batches from one queue, two batches in flight per worker so a
 * worker never waits while the main thread is busy with its own batch. Below `minimum`
 * articles, with no core to spare, or when a worker cannot start or a batch fails, the work
 * stays on (or returns to) the main thread, which then raises any error as it would without
 * workers. The worker is started from its source file (resolved from the project root, as
 * src/lib/social/cardPool.ts does) because bundled build code has no file of its own.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { articleContext, articleParts, type ArticleParts, type CorpusArticleInput } from "#lib/analysis/index.ts";
import type { EntityOptions } from "#lib/analysis/entities.ts";
import type { Corrections } from "#schemas/corrections.ts";
import type { Entity } from "#schemas/entity.ts";

/** What every worker is started with: `articleContext`'s inputs, copied to the thread. */
export interface PoolSetup {
  readonly register: readonly Entity[];
  readonly corrections: ReadonlyMap<string, Corrections>;
  readonly options: EntityOptions;
}

export interface PoolOptions {
  /** Worker threads to start (default: one per core but the main thread's). */
  readonly threads?: number;
  /** Fewer articles than this are computed on the main thread alone (workers take a second or two to start). */
  readonly minimum?: number;
  /** Articles per batch. */
  readonly batch?: number;
  /**
   * Whether the main thread takes batches too (default true). With false it computes only
   * what the workers leave (none started, or one failed), so the workers' own output shows.
   */
  readonly mainThread?: boolean;
  /** The worker's entry file. */
  readonly workerFile?: string;
}

const BATCH = 8;
const MINIMUM = 100;
const IN_FLIGHT = 2;

/** One worker's share: it takes batches from `next()` until there are none, and settles when done or broken. */
function runWorker(
  worker: Worker,
  next: () => number | undefined,
  batches: readonly (readonly CorpusArticleInput[])[],
  done: (index: number, parts: ArticleParts[]) => void,
  giveBack: (index: number) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const held = new Set<number>();
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      for (const index of held) giveBack(index);
      held.clear();
      void worker.terminate();
      resolve();
    };
    const send = () => {
      while (held.size < IN_FLIGHT) {
        const index = next();
        if (index === undefined) break;
        held.add(index);
        worker.postMessage({ id: index, articles: batches[index] });
      }
      if (held.size === 0) finish();
    };
    worker.on("message", (message: { id: number; parts?: ArticleParts[]; error?: string }) => {
      if (!message.parts) return finish();
      held.delete(message.id);
      done(message.id, message.parts);
      send();
    });
    worker.on("error", finish);
    worker.on("exit", finish);
    worker.on("online", send);
  });
}

/**
 * Each article's parts, computed across threads, keyed by the article object given. Never
 * rejects for a worker's sake: what a worker does not finish, the main thread computes.
 */
export async function articlePartsOffThread(
  articles: readonly CorpusArticleInput[],
  setup: PoolSetup,
  options: PoolOptions = {},
): Promise<Map<CorpusArticleInput, ArticleParts>> {
  const threads = options.threads ?? Math.max(0, availableParallelism() - 1);
  const size = options.batch ?? BATCH;
  const batches: CorpusArticleInput[][] = [];
  for (let at = 0; at < articles.length; at += size) batches.push(articles.slice(at, at + size));
  const results: (ArticleParts[] | undefined)[] = batches.map(() => undefined);
  const queue = batches.map((_, index) => index);
  const next = () => queue.shift();
  const done = (index: number, parts: ArticleParts[]) => {
    results[index] = parts;
  };

  const workers: Promise<void>[] = [];
  if (threads > 0 && articles.length >= (options.minimum ?? MINIMUM)) {
    const file = options.workerFile ?? join(process.cwd(), "src/lib/publish/analysisWorker.ts");
    for (let n = 0; n < threads; n += 1) {
      let worker: Worker;
      try {
        worker = new Worker(file, { workerData: setup });
      } catch {
        break;
      }
      workers.push(runWorker(worker, next, batches, done, (index) => queue.unshift(index)));
    }
  }

  const context = articleContext(setup.register, setup.corrections, setup.options);
  const onMain = async () => {
    for (let index = next(); index !== undefined; index = next()) {
      results[index] = (batches[index] ?? []).map((article) => articleParts(article, context));
      // Lets the workers' answers in, and hands them their next batch.
      if (workers.length > 0) await nextTurn();
    }
  };
  if (options.mainThread ?? true) await onMain();
  await Promise.all(workers);
  // Batches a worker gave back after the main thread had emptied the queue (or all of them).
  await onMain();

  const parts = new Map<CorpusArticleInput, ArticleParts>();
  batches.forEach((batch, index) => {
    const batchParts = results[index];
    batch.forEach((article, i) => {
      const part = batchParts?.[i];
      if (part) parts.set(article, part);
    });
  });
  return parts;
}
