/**
 * Worker-thread entry for the analysis pool (analysisPool.ts): builds the register's matcher
 * once from `workerData`, then answers each batch with its results in the batch's order —
 * articles' parts (`articleParts`) or stories' comparisons (`storyParts`), the same code the
 * main thread runs. Runs on Node's type stripping, so it imports with explicit `.ts`
 * extensions. A batch that throws is answered with the message only: the pool then computes
 * it on the main thread, where the same error surfaces as it would without workers.
 */
import { parentPort, workerData } from "node:worker_threads";
import {
  articleContext,
  articleParts,
  storyParts,
  type CorpusArticleInput,
  type StoryComparison,
} from "#lib/analysis/index.ts";
import type { PoolJob, PoolSetup } from "./analysisPool.ts";

const setup = workerData as PoolSetup;
const context = articleContext(setup.register, setup.corrections, setup.options);

type Message =
  | { id: number; job: Extract<PoolJob, "articles">; items: readonly CorpusArticleInput[] }
  | { id: number; job: Extract<PoolJob, "stories">; items: readonly StoryComparison[] };

parentPort?.on("message", (message: Message) => {
  try {
    const results =
      message.job === "articles"
        ? message.items.map((article) => articleParts(article, context))
        : message.items.map((story) => storyParts(story.members, context.matcher));
    parentPort?.postMessage({ id: message.id, results });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: String(error) });
  }
});
