/**
 * `npx node scripts/storySweep.ts [from] [to] [step]` (EVAL_CORPUS as for `npm run eval`) — a
 * tuning aid, not part of CI, a few seconds a threshold: groups the eval corpus's dev cases and
 * the five committed articles at each story threshold and prints dev pairwise precision/recall,
 * its wrong pairs, and whether the five group as they should (001, 003, 004 together; 000 and
 * 002 alone). Reads the dev split only; the held-out test split is never read.
 */
import { analyseCorpus, type CorpusArticleInput } from "#lib/analysis/index.ts";
import { DEFAULT_STORY_OPTIONS } from "#lib/analysis/stories.ts";
import { loadCorpus, loadRegister } from "#lib/analysis/test-support/corpus.ts";
import { caseArticle } from "#lib/eval/analysisRun.ts";
import { evalPaths, runEval } from "#lib/eval/run.ts";
import { scoreStories } from "#lib/eval/storyScore.ts";

const [from = 0.1, to = 0.4, step = 0.01] = process.argv.slice(2).map(Number);
const register = loadRegister();
const five: CorpusArticleInput[] = loadCorpus().map((a) => ({
  slug: a.source.slice(0, 3),
  title: a.title,
  body: a.body,
  ...(a.published !== undefined ? { published: a.published } : {}),
}));
const cases = (await runEval(evalPaths(), "dev")).flatMap((c) => (c.article ? [{ ...c, article: c.article }] : []));
const dev = cases.map((c) => caseArticle(c.id, c.article));
const gold = new Map(
  cases.flatMap((c) => {
    const story = (c.gold as { story?: string | null }).story;
    return story === undefined ? [] : [[c.id, story] as const];
  }),
);
const options = DEFAULT_STORY_OPTIONS as { threshold: number };
const original = options.threshold;
for (let t = from; t <= to + 1e-9; t += step) {
  options.threshold = Math.round(t * 1000) / 1000;
  const d = analyseCorpus(dev, register);
  const s = scoreStories(gold, new Map(d.articles.map((a) => [a.slug, a.storyId])));
  const groups = analyseCorpus(five, register)
    .stories.map((story) => story.slugs.join("+"))
    .sort();
  const fiveRight = groups.join(" ") === "000 001+003+004 002";
  console.log(
    `${options.threshold.toFixed(3)} dev P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} five ${fiveRight ? "right" : groups.join(" ")} ${s.wrong.join("; ")}`,
  );
}
options.threshold = original;
