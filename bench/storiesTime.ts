/**
 * `node bench/storiesTime.ts [--articles N] [--seed S] [--runs R] [--inputs FILE]` (with `node --cpu-prof` for a profile).
 *
 * Times the story grouping (`groupStories`) on the benchmark's synthetic articles without
 * building a site. The articles are generated (bench/corpus.ts) and normalized as ingest would,
 * `analyseCorpus` runs once over them to get the grouping's inputs (caught through its
 * `storyTerms` hook), then the grouping runs `runs` times each way, interleaved: working out
 * every article's terms (a cold build) and with the terms kept (a rebuild reads them from the
 * analysis cache). Prints one JSON line: median CPU seconds of each, and a digest of each
 * grouping, which must agree with each other and with a run of the code before a speed change.
 * `--inputs FILE` reads the grouping's inputs from FILE, or writes them there when it does not
 * exist, so later runs skip the analysis (a minute or more at 1,000 articles).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { analyseCorpus, type CorpusArticleInput, type StoryInput } from "#lib/analysis/index.ts";
import { groupStories, DEFAULT_STORY_OPTIONS } from "#lib/analysis/stories.ts";
import { articleTerms } from "#lib/analysis/storyEvidence.ts";
import { leadFigures } from "#lib/analysis/storyLead.ts";
import { loadDesk } from "#lib/content/desk.ts";
import { analysisArticles } from "./analysisArticles.ts";
import { median } from "./stats.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    runs: { type: "string", default: "3" },
    inputs: { type: "string" },
  },
});

const generated = (): CorpusArticleInput[] => analysisArticles(root, Number(values.articles), Number(values.seed));

/** The grouping's inputs, as `analyseCorpus` hands them over. */
function analysed(): StoryInput[] {
  const caught: StoryInput[] = [];
  const articles = generated();
  analyseCorpus(articles, loadDesk(root).entities, new Map(), {}, new Map(), undefined, undefined, (input, compute) => {
    caught.push(input);
    return compute();
  });
  return caught;
}
const file = values.inputs;
const inputs: StoryInput[] =
  file !== undefined && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as StoryInput[]) : analysed();
if (file !== undefined && !existsSync(file)) writeFileSync(file, JSON.stringify(inputs));
const kept = new Map(
  inputs.map((input) => [
    input.slug,
    articleTerms(input.text, input.days, input.entities, leadFigures(input.lead ?? "")),
  ]),
);

const round = (x: number) => Math.round(x * 100) / 100;
/** CPU seconds of `run` in this process: the machine is shared, so wall time varies. */
function timed(run: () => unknown): [string, number] {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return [
    createHash("sha256").update(JSON.stringify(result)).digest("hex").slice(0, 16),
    (used.user + used.system) / 1e6,
  ];
}

const ways = {
  computed: () => groupStories(inputs),
  kept: () => groupStories(inputs, DEFAULT_STORY_OPTIONS, (input) => kept.get(input.slug) ?? new Map()),
};
const seconds: Record<string, number[]> = { computed: [], kept: [] };
const digests: Record<string, Set<string>> = { computed: new Set(), kept: new Set() };
for (let run = 0; run < Number(values.runs); run += 1) {
  for (const [name, way] of Object.entries(ways)) {
    const [digest, cpu] = timed(way);
    seconds[name]?.push(cpu);
    digests[name]?.add(digest);
  }
}
process.stdout.write(
  `${JSON.stringify({
    articles: inputs.length,
    seconds: Object.fromEntries(Object.entries(seconds).map(([name, list]) => [name, round(median(list))])),
    digests: Object.fromEntries(Object.entries(digests).map(([name, set]) => [name, [...set]])),
  })}\n`,
);
