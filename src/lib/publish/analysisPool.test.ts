import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  articleContext,
  articleParts,
  prepareCorpus,
  storyParts,
  type ArticleParts,
  type StoryComparison,
  type StoryParts,
} from "#lib/analysis/index.ts";
import { loadCorpus, loadRegister, ROOT } from "#lib/analysis/test-support/corpus.ts";
import { analysisWorkers, articlePartsOffThread, storyPartsOffThread, type PoolSetup } from "./analysisPool.ts";

const corpus = loadCorpus();
const register = loadRegister();
const setup: PoolSetup = {
  register,
  corrections: new Map(),
  options: { notEntities: new Set(["Operation Southern Spear"]) },
};
const context = articleContext(setup.register, setup.corrections, setup.options);
// What the main thread computes, once for the file: the analysis is a pure function of the
// article (or story) and the setup, so each comparison below checks against the same values.
let mainParts: ArticleParts[] | undefined;
const onMain = () => (mainParts ??= corpus.map((article) => articleParts(article, context)));
let mainStories: { comparisons: readonly StoryComparison[]; parts: StoryParts[] } | undefined;
const storiesOnMain = () => {
  if (mainStories) return mainStories;
  const { comparisons } = prepareCorpus(corpus, register, setup.corrections, setup.options);
  mainStories = { comparisons, parts: comparisons.map((story) => storyParts(story.members, context.matcher)) };
  return mainStories;
};
const workerFile = join(ROOT, "src/lib/publish/analysisWorker.ts");

// Each worker loads the analysis modules (a second or more of CPU, far more on a busy machine:
// two minutes at a load average of 30 on two cores).
const TIMEOUT = 300_000;

describe("articlePartsOffThread", { timeout: TIMEOUT }, () => {
  it("gives every article the parts the main thread computes", async () => {
    const expected = onMain();
    const workersOnly = await articlePartsOffThread(corpus, setup, {
      threads: 1,
      minimum: 0,
      batch: 1,
      mainThread: false,
      workerFile,
    });
    expect(corpus.map((article) => workersOnly.get(article))).toEqual(expected);
    const shared = await articlePartsOffThread(corpus, setup, { threads: 1, minimum: 0, batch: 2, workerFile });
    expect(corpus.map((article) => shared.get(article))).toEqual(expected);
  });

  it("computes everything on the main thread below the minimum or with no thread to spare", async () => {
    for (const options of [{ minimum: corpus.length + 1 }, { threads: 0, minimum: 0 }]) {
      const parts = await articlePartsOffThread(corpus, setup, { ...options, workerFile });
      expect(corpus.map((article) => parts.get(article))).toEqual(onMain());
    }
  });

  it("falls back to the main thread when a worker cannot start", async () => {
    const parts = await articlePartsOffThread(corpus, setup, {
      threads: 1,
      minimum: 0,
      batch: 1,
      mainThread: false,
      workerFile: join(ROOT, "src/lib/publish/no-such-worker.ts"),
    });
    expect(corpus.map((article) => parts.get(article))).toEqual(onMain());
  });
});

describe("storyPartsOffThread", { timeout: TIMEOUT }, () => {
  it("gives every story the comparison the main thread computes", async () => {
    const { comparisons, parts: expected } = storiesOnMain();
    expect(comparisons.length).toBeGreaterThan(0);
    const parts = await storyPartsOffThread(comparisons, setup, {
      threads: 1,
      minimum: 0,
      mainThread: false,
      workerFile,
    });
    expect(comparisons.map((story) => parts.get(story))).toEqual(expected);
  });
});

describe("analysisWorkers", { timeout: TIMEOUT }, () => {
  it("serves the articles and then the stories with the same thread, each job's results exact", async () => {
    const workers = analysisWorkers();
    const [first] = workers.start(workerFile, setup, 1);
    try {
      const options = { threads: 1, minimum: 0, mainThread: false, workerFile, workers };
      const parts = await articlePartsOffThread(corpus, setup, { ...options, batch: 1 });
      expect(corpus.map((article) => parts.get(article))).toEqual(onMain());
      const { comparisons, parts: expected } = storiesOnMain();
      const compared = await storyPartsOffThread(comparisons, setup, options);
      expect(comparisons.map((story) => compared.get(story))).toEqual(expected);
      // Still the one thread started before the jobs, alive after both.
      const after = workers.start(workerFile, setup, 1);
      expect(after).toHaveLength(1);
      expect(after[0]).toBe(first);
      expect(first?.broken).toBe(false);
    } finally {
      await workers.close();
    }
  });
});
