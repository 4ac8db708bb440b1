/**
 * Worker-thread entry for the per-article analysis: builds the register's matcher once from
 * `workerData`, then answers each batch of articles with their parts (`articleParts`, the same
 * code the main thread runs), in the batch's order. Started by analysisPool.ts; runs on Node's
 * type stripping, so it imports with explicit `.ts` extensions. A batch that throws is answered
 * with the message only: the pool then computes that batch on the main thread, where the same
 * error surfaces as it would without workers.
 */
import { parentPort, workerData } from "node:worker_threads";
import { articleContext, articleParts, type CorpusArticleInput } from "#lib/analysis/index.ts";
import type { PoolSetup } from "./analysisPool.ts";

const setup = workerData as PoolSetup;
const context = articleContext(setup.register, setup.corrections, setup.options);

parentPort?.on("message", (message: { id: number; articles: readonly CorpusArticleInput[] }) => {
  try {
    parentPort?.postMessage({
      id: message.id,
      parts: message.articles.map((article) => articleParts(article, context)),
    });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: String(error) });
  }
});
