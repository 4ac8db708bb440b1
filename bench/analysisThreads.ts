/**
 * `node bench/analysisThreads.ts [--articles N] [--seed S] [--threads T] [--only main|threaded]`
 *
 * Runs the corpus analysis on the benchmark's synthetic articles twice in one process: on the
 * main thread alone (`analyseCorpus`), then as a cold build runs it, with the per-article parts
 * and the story comparisons shared with worker threads (src/lib/publish/analysisPool.ts).
 * Prints one JSON line: wall and CPU seconds of each (CPU counts every thread), and whether the
 * two analyses are identical (they must be). `--only` runs one of them, in a process of its own,
 * so neither starts with what the other left in the in-process caches (compromise's tags).
 */
import { resolve } from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { analyseCorpus, finishCorpus, prepareCorpus } from "#lib/analysis/index.ts";
import { loadDesk } from "#lib/content/desk.ts";
import { analysisWorkers, articlePartsOffThread, storyPartsOffThread } from "#lib/publish/analysisPool.ts";
import { analysisArticles } from "./analysisArticles.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    threads: { type: "string" },
    only: { type: "string" },
  },
});
const articles = analysisArticles(root, Number(values.articles), Number(values.seed));
const register = loadDesk(root).entities;
const setup = { register, corrections: new Map(), options: {} };
const pool = values.threads === undefined ? {} : { threads: Number(values.threads) };

async function timed<T>(run: () => Promise<T> | T): Promise<{ result: T; seconds: number; cpuSeconds: number }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = await run();
  const used = process.cpuUsage(cpu);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    result,
    seconds: round((performance.now() - wall) / 1000),
    cpuSeconds: round((used.user + used.system) / 1e6),
  };
}

const skip = { result: undefined, seconds: 0, cpuSeconds: 0 };
const main = values.only === "threaded" ? skip : await timed(() => analyseCorpus(articles, register));
const threaded =
  values.only === "main"
    ? skip
    : await timed(async () => {
        // One set of workers for both jobs, as the build's analysis (src/data/analysis.ts) runs them.
        const workers = analysisWorkers();
        const computed = await articlePartsOffThread(articles, setup, { ...pool, workers });
        const prepared = prepareCorpus(
          articles,
          register,
          undefined,
          undefined,
          undefined,
          (article, analyse) => computed.get(article) ?? analyse(),
        );
        const compared = await storyPartsOffThread(prepared.comparisons, setup, { ...pool, workers });
        await workers.close();
        const bySlugs = new Map(
          prepared.comparisons.map((story) => [story.members.map((m) => m.slug).join("\n"), story]),
        );
        return finishCorpus(prepared, (slugs, compare) => {
          const story = bySlugs.get(slugs.join("\n"));
          return (story && compared.get(story)) ?? compare();
        });
      });
console.log(
  JSON.stringify({
    articles: articles.length,
    mainThread: { seconds: main.seconds, cpuSeconds: main.cpuSeconds },
    threaded: { seconds: threaded.seconds, cpuSeconds: threaded.cpuSeconds },
    ...(values.only === undefined ? { identical: isDeepStrictEqual(main.result, threaded.result) } : {}),
  }),
);
