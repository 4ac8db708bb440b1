/**
 * Computes the analysis's independent parts on worker threads and the main thread at once, for
 * a cold build: each article's parts (`articleParts`) follow from it and the register alone,
 * and each story's comparison (`storyParts`) from its members' parts alone, and together they
 * are most of `analyseCorpus`'s time, so the other cores can take a share. The results come
 * back keyed by their input, to be handed to the analysis through its `perArticle` and
 * `perStory` hooks; they are exactly what the main thread would compute (same code, plain data
 * copied between threads), and the analysis still takes them in corpus and story order.
 *
 * Inputs go out in small batches from one queue, two batches in flight per worker so a worker
 * never waits while the main thread is busy with its own batch. Below `minimum` inputs, with
 * no core to spare, or when a worker cannot start or a batch fails, the work stays on (or
 * returns to) the main thread, which then raises any error as it would without workers. The
 * worker is started from its source file (resolved from the project root, as
 * src/lib/social/cardPool.ts does) because bundled build code has no file of its own.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import {
  articleContext,
  articleParts,
  storyParts,
  type ArticleParts,
  type CorpusArticleInput,
  type StoryComparison,
  type StoryParts,
} from "#lib/analysis/index.ts";
import type { EntityOptions } from "#lib/analysis/entities.ts";
import type { Corrections } from "#schemas/corrections.ts";
import type { Entity } from "#schemas/entity.ts";

/** What every worker is started with: `articleContext`'s inputs, copied to the thread. */
export interface PoolSetup {
  readonly register: readonly Entity[];
  readonly corrections: ReadonlyMap<string, Corrections>;
  readonly options: EntityOptions;
}

/** What a worker is asked to compute for each item of a batch. */
export type PoolJob = "articles" | "stories";

export interface PoolOptions {
  /** Worker threads to start (default: one per core but the main thread's). */
  readonly threads?: number;
  /** Fewer inputs than this are computed on the main thread alone (workers take a second or two to start). */
  readonly minimum?: number;
  /** Inputs per batch. */
  readonly batch?: number;
  /**
   * Whether the main thread takes batches too (default true). With false it computes only
   * what the workers leave (none started, or one failed), so the workers' own output shows.
   */
  readonly mainThread?: boolean;
  /** The worker's entry file. */
  readonly workerFile?: string;
  /** Workers shared with other jobs (see `analysisWorkers`); without them the job starts and ends its own. */
  readonly workers?: AnalysisWorkers;
}

const IN_FLIGHT = 2;

/** A started worker: whether it came online, and whether it has failed since (then it takes no more batches). */
interface Live {
  readonly worker: Worker;
  readonly online: Promise<boolean>;
  broken: boolean;
}

/**
 * Worker threads kept from one job to the next (a cold build's articles, then its stories), so
 * each thread starts, loads the analysis and warms compromise and the register's matcher once,
 * not once a job. Started by the first job that needs them, with that job's setup and thread
 * count; `close` ends them. A job handed no `AnalysisWorkers` starts its own and ends them when
 * it is done. The results are the same either way: a worker computes exactly what the main
 * thread would, which itself computes the stories after the articles in one process.
 */
export interface AnalysisWorkers {
  /** The live workers, started now if they are not yet. */
  start(file: string, setup: PoolSetup, threads: number): readonly Live[];
  close(): Promise<void>;
}

/** A set of workers not started yet (see `AnalysisWorkers`); once closed it starts none again. */
export function analysisWorkers(): AnalysisWorkers {
  let started: Live[] | undefined;
  return {
    start(file, setup, threads) {
      if (started) return started.filter((live) => !live.broken);
      started = [];
      for (let n = 0; n < threads; n += 1) {
        let worker: Worker;
        try {
          worker = new Worker(file, { workerData: setup });
        } catch {
          break;
        }
        const online = new Promise<boolean>((resolve) => {
          worker.once("online", () => resolve(true));
          worker.once("exit", () => resolve(false));
        });
        const live: Live = { worker, online, broken: false };
        // Kept for the worker's life: an error with no listener would be thrown in the main thread.
        worker.on("error", () => (live.broken = true));
        worker.on("exit", () => (live.broken = true));
        started.push(live);
      }
      return started;
    },
    async close() {
      const all = started ?? [];
      started = [];
      await Promise.all(all.map((live) => live.worker.terminate()));
    },
  };
}

/** One worker's share: it takes batches from `next()` until there are none, and settles when done or broken. */
function runWorker(
  live: Live,
  job: PoolJob,
  next: () => number | undefined,
  batches: readonly (readonly unknown[])[],
  done: (index: number, results: unknown[]) => void,
  giveBack: (index: number) => void,
): Promise<void> {
  const { worker } = live;
  return new Promise((resolve) => {
    const held = new Set<number>();
    let finished = false;
    const finish = (broken: boolean) => {
      if (finished) return;
      finished = true;
      for (const index of held) giveBack(index);
      held.clear();
      worker.off("message", onMessage);
      worker.off("error", onBroken);
      worker.off("exit", onBroken);
      if (broken) {
        live.broken = true;
        void worker.terminate();
      }
      resolve();
    };
    const send = () => {
      while (held.size < IN_FLIGHT) {
        const index = next();
        if (index === undefined) break;
        held.add(index);
        worker.postMessage({ id: index, job, items: batches[index] });
      }
      if (held.size === 0) finish(false);
    };
    const onMessage = (message: { id: number; results?: unknown[]; error?: string }) => {
      if (!message.results) return finish(true);
      held.delete(message.id);
      done(message.id, message.results);
      send();
    };
    const onBroken = () => finish(true);
    worker.on("message", onMessage);
    worker.on("error", onBroken);
    worker.on("exit", onBroken);
    // Batches go to a worker only once it is running, so none waits on a thread still starting.
    void live.online.then((online) => (online && !live.broken ? send() : finish(true)));
  });
}

/** `compute` of every item, in order, across threads (workers run `job` on theirs). */
async function mapOnThreads<T, R>(
  job: PoolJob,
  items: readonly T[],
  compute: (item: T) => R,
  setup: PoolSetup,
  options: PoolOptions & { readonly minimum: number; readonly batch: number },
): Promise<R[]> {
  const threads = options.threads ?? Math.max(0, availableParallelism() - 1);
  const batches: T[][] = [];
  for (let at = 0; at < items.length; at += options.batch) batches.push(items.slice(at, at + options.batch));
  const results: (R[] | undefined)[] = batches.map(() => undefined);
  const queue = batches.map((_, index) => index);
  const next = () => queue.shift();
  // A worker's results are what `compute` returns on the main thread, copied across.
  const done = (index: number, batchResults: unknown[]) => {
    results[index] = batchResults as R[];
  };

  const own = options.workers === undefined;
  const pool = options.workers ?? analysisWorkers();
  const workers: Promise<void>[] = [];
  if (threads > 0 && items.length >= options.minimum) {
    const file = options.workerFile ?? join(process.cwd(), "src/lib/publish/analysisWorker.ts");
    for (const live of pool.start(file, setup, threads))
      workers.push(runWorker(live, job, next, batches, done, (index) => queue.unshift(index)));
  }

  const onMain = async () => {
    for (let index = next(); index !== undefined; index = next()) {
      results[index] = (batches[index] ?? []).map(compute);
      // Lets the workers' answers in, and hands them their next batch.
      if (workers.length > 0) await nextTurn();
    }
  };
  try {
    if (options.mainThread ?? true) await onMain();
    await Promise.all(workers);
  } finally {
    if (own) await pool.close();
  }
  // Batches a worker gave back after the main thread had emptied the queue (or all of them).
  await onMain();
  return results.flatMap((batch) => batch ?? []);
}

/** Each article's parts, computed across threads, keyed by the article object given. */
export async function articlePartsOffThread(
  articles: readonly CorpusArticleInput[],
  setup: PoolSetup,
  options: PoolOptions = {},
): Promise<Map<CorpusArticleInput, ArticleParts>> {
  const context = articleContext(setup.register, setup.corrections, setup.options);
  const parts = await mapOnThreads("articles", articles, (article) => articleParts(article, context), setup, {
    minimum: 100,
    batch: 8,
    ...options,
  });
  return new Map(articles.map((article, i) => [article, parts[i] as ArticleParts]));
}

/** Each story's comparison, computed across threads, keyed by the comparison object given. */
export async function storyPartsOffThread(
  stories: readonly StoryComparison[],
  setup: PoolSetup,
  options: PoolOptions = {},
): Promise<Map<StoryComparison, StoryParts>> {
  const { matcher } = articleContext(setup.register, setup.corrections, setup.options);
  // One story a batch: a story's cost grows with its size, and sizes vary widely.
  const parts = await mapOnThreads("stories", stories, (story) => storyParts(story.members, matcher), setup, {
    minimum: 8,
    batch: 1,
    ...options,
  });
  return new Map(stories.map((story, i) => [story, parts[i] as StoryParts]));
}
