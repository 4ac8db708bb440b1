/**
 * `npx node scripts/storyPairs.ts BENCHMARK_DIR [--all]` (EVAL_CORPUS as for `npm run eval`) — a
 * tuning aid, not part of CI: groups the five committed articles, the eval corpus's dev cases and
 * every dev page of the external benchmark (ids 0–7; cased pages carry their gold `story`, the
 * others are taken as stories of their own) as one site, and prints every pair the grouping
 * joined, or with `--all` every pair scored at or above the related floor, with its score, whether
 * the gold joins it, and what the two share (names, facts, then the strongest words; each with its
 * document frequency over the whole set). Then the margin: the weakest true pair's score against
 * the strongest false pair's, and the labelled pairs joined right, joined wrong and missed. Labels
 * decided by reading (eval/story-labels-dev.yaml, dev pages only) win over the gold. Reads dev
 * only; the held-out test split is never read.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { prepareCorpus, type CorpusArticleInput, type StoryInput } from "#lib/analysis/index.ts";
import { DEFAULT_STORY_OPTIONS, groupStories } from "#lib/analysis/stories.ts";
import { articleTerms, evidenceKind, forEachShared, weigh, type WeightedArticle } from "#lib/analysis/storyEvidence.ts";
import { leadFigures } from "#lib/analysis/storyLead.ts";
import { loadCorpus, loadRegister } from "#lib/analysis/test-support/corpus.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import { loadBenchmark } from "#lib/eval/benchmark.ts";
import { caseArticle } from "#lib/eval/analysisRun.ts";
import { evalPaths, runEval } from "#lib/eval/run.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";

const [dir, ...flags] = process.argv.slice(2);
if (dir === undefined) throw new Error("usage: npx node scripts/storyPairs.ts BENCHMARK_DIR [--all] [--inputs FILE]");
const all = flags.includes("--all");
const saved = flags.includes("--inputs") ? flags[flags.indexOf("--inputs") + 1] : undefined;

interface Prepared {
  readonly inputs: StoryInput[];
  readonly gold: [string, string | null][];
  readonly titles: [string, string][];
  readonly counts: string;
}

/** The grouping's inputs for the whole set, by running the site's analysis up to the stories. */
async function prepare(benchmark: string): Promise<Prepared> {
  const register = loadRegister();
  const gold = new Map<string, string | null>();
  const five: CorpusArticleInput[] = loadCorpus().map((a) => {
    const slug = a.source.slice(0, 3);
    gold.set(slug, ["001", "003", "004"].includes(slug) ? "five" : null);
    return { slug, title: a.title, body: a.body, ...(a.published !== undefined ? { published: a.published } : {}) };
  });
  const casesOf = async (casesDir: string, corpusDir: string) =>
    (await runEval({ casesDir, corpusDir }, "dev")).flatMap((c) => {
      const story = (c.gold as { story?: string | null }).story;
      if (story !== undefined) gold.set(c.id, story);
      return c.article ? [caseArticle(c.id, c.article)] : [];
    });
  const corpus = await casesOf(evalPaths().casesDir, evalPaths().corpusDir);
  const cased = await casesOf(resolve("eval/benchmark-cases"), benchmark);
  const casedIds = new Set(cased.map((c) => c.slug.slice(4, 16)));
  const pages = (await loadBenchmark(benchmark)).filter((p) => p.split === "dev" && !casedIds.has(p.id.slice(0, 12)));
  const uncased = pages.flatMap((page): CorpusArticleInput[] => {
    const result = normalizeSource(page.html, { fileName: `${page.id}.html` });
    if (!result.ok) return [];
    const slug = `aeb-${page.id.slice(0, 12)}`;
    const { title, published, dek } = result.frontmatter;
    return [
      {
        slug,
        title,
        body: parseFrontmatter(result.markdown)?.body ?? "",
        ...(published !== undefined ? { published } : {}),
        ...(dek !== undefined ? { dek } : {}),
      },
    ];
  });
  const articles = [...five, ...corpus, ...cased, ...uncased];
  const inputs: StoryInput[] = [];
  prepareCorpus(articles, register, new Map(), {}, new Map(), undefined, (input, compute) => {
    inputs.push(input);
    return compute();
  });
  return {
    inputs,
    gold: [...gold],
    titles: articles.map((a) => [a.slug, a.title]),
    counts: `five ${five.length}, corpus dev ${corpus.length}, benchmark dev ${cased.length} cased + ${uncased.length} others`,
  };
}

const prepared: Prepared =
  saved !== undefined && existsSync(saved)
    ? (JSON.parse(readFileSync(saved, "utf8")) as Prepared)
    : await prepare(resolve(dir));
if (saved !== undefined && !existsSync(saved)) writeFileSync(saved, JSON.stringify(prepared));
const { inputs } = prepared;
const gold = new Map(prepared.gold);
// Labels decided by reading the dev pages that join (eval/story-labels-dev.yaml) win over the gold.
const decided = (
  parse(readFileSync(resolve("eval/story-labels-dev.yaml"), "utf8")) as { labels: Record<string, string | null> }
).labels;
for (const [key, label] of Object.entries(decided)) {
  // Only dev pages are loaded (ids 0–7 and the frozen dev cases of the test half), so a key that
  // matches none is a test page or a typo.
  const pages = inputs.filter((input) => input.slug === key || (/^aeb-/u.test(key) && input.slug.startsWith(key)));
  if (pages.length === 0) throw new Error(`eval/story-labels-dev.yaml: ${key} is no dev page`);
  for (const page of pages) gold.set(page.slug, label);
}
const titles = new Map(prepared.titles);
const grouping = groupStories(inputs, { ...DEFAULT_STORY_OPTIONS, maxRelated: 1000 });
const storyOf = new Map<string, string>();
for (const story of grouping.stories) for (const slug of story.slugs) storyOf.set(slug, story.id);

// What a pair shares, weighed over the whole set (the grouping weighs within a subject).
const terms = inputs.map((i) => articleTerms(i.text, i.days, i.entities, leadFigures(i.lead ?? "")));
const df = new Map<string, number>();
for (const t of terms) for (const term of t.keys()) df.set(term, (df.get(term) ?? 0) + 1);
const vectors = weigh(
  terms,
  inputs.map((_, k) => k),
  DEFAULT_STORY_OPTIONS,
);
const index = new Map(inputs.map((input, k) => [input.slug, k]));
const same = (a: string, b: string) => {
  const [x, y] = [gold.get(a), gold.get(b)];
  return x !== null && x !== undefined && x === y;
};
/** Whether both articles have a gold story (an article without one is judged by reading it). */
const labelled = (a: string, b: string) => gold.has(a) && gold.has(b);
const shares = (a: string, b: string): string => {
  const [i, j] = [index.get(a) ?? 0, index.get(b) ?? 0];
  const out: { term: string; product: number }[] = [];
  forEachShared(vectors[i] as WeightedArticle, vectors[j] as WeightedArticle, (term, product) =>
    out.push({ term, product }),
  );
  out.sort((x, y) => y.product - x.product);
  const specifics = out.filter((o) => evidenceKind(o.term) !== "word");
  const words = out.filter((o) => evidenceKind(o.term) === "word").slice(0, 8);
  return [...specifics, ...words].map((o) => `${o.term}(${df.get(o.term)})`).join(" ");
};

console.log(`articles ${inputs.length}: ${prepared.counts}`);
let weakestTrue = Infinity;
let strongestFalse = 0;
const truePairs: string[] = [];
const count = { trueJoined: 0, falseJoined: 0, falseApart: 0, unjudgedJoined: 0, trueMissed: 0 };
for (const pair of grouping.pairs) {
  const joined = storyOf.get(pair.a) === storyOf.get(pair.b);
  const right = same(pair.a, pair.b);
  if (right) weakestTrue = Math.min(weakestTrue, pair.score);
  else if (labelled(pair.a, pair.b)) strongestFalse = Math.max(strongestFalse, pair.score);
  if (right) truePairs.push(`${pair.a}+${pair.b}`);
  if (right) count[joined ? "trueJoined" : "trueMissed"] += 1;
  else if (joined) count[labelled(pair.a, pair.b) ? "falseJoined" : "unjudgedJoined"] += 1;
  else if (labelled(pair.a, pair.b)) count.falseApart += 1;
  if (joined || all)
    console.log(
      `${pair.score.toFixed(3)} ${joined ? "joined" : "apart "} ${right ? "TRUE " : labelled(pair.a, pair.b) ? "false" : "?    "} ${pair.a} ${pair.b} :: ${shares(pair.a, pair.b)}\n      ${titles.get(pair.a)?.slice(0, 70) ?? ""} | ${titles.get(pair.b)?.slice(0, 70) ?? ""}`,
    );
}
// True pairs that scored under the related floor are missing from `pairs` (a story may still hold both).
const slugs = [...gold.keys()].filter((s) => index.has(s));
for (let x = 0; x < slugs.length; x += 1)
  for (let y = x + 1; y < slugs.length; y += 1) {
    const [a, b] = [slugs[x] ?? "", slugs[y] ?? ""].sort() as [string, string];
    if (same(a, b) && !truePairs.includes(`${a}+${b}`)) {
      const joined = storyOf.get(a) === storyOf.get(b);
      count[joined ? "trueJoined" : "trueMissed"] += 1;
      console.log(`<floor ${joined ? "joined" : "apart "} TRUE  ${a} ${b} :: ${shares(a, b)}`);
    }
  }
console.log(
  `margin: weakest scored true pair ${weakestTrue.toFixed(3)}, strongest false pair ${strongestFalse.toFixed(3)}`,
);
console.log(
  `stories: ${grouping.stories
    .filter((s) => s.slugs.length > 1)
    .map((s) => s.slugs.join("+"))
    .join("  ")}`,
);
console.log(
  `labelled pairs: true joined ${count.trueJoined}, false joined ${count.falseJoined}, true missed ${count.trueMissed}, false kept apart ${count.falseApart} (scored at or above the related floor); joined, not judged ${count.unjudgedJoined}`,
);
