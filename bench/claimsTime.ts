/**
 * `node bench/claimsTime.ts [--articles N] [--seed S] [--lemmas] [--five] [--json FILE]` (with `node --cpu-prof` for a profile).
 *
 * Times the corpus analysis on the benchmark's synthetic articles without building a site: the
 * articles are generated (bench/corpus.ts), normalized as ingest would, and `analyseCorpus` runs
 * once over them. Prints one JSON line: CPU seconds for the whole analysis and for the story
 * comparisons in it (claims, coverage and common ground, timed through `perStory`), and a digest
 * of the claims, so two runs (before and after a speed change) can be checked to agree. With
 * `--lemmas` (a process of its own, so the table starts empty) it instead lemmatises every article's text as claims do, by one compromise pass each (`lemmasOfDirect`)
 * and by the per-sentence table (`lemmasOf`, starting empty), and prints both times and the
 * number of articles whose lemmas differ (which must be 0). `--json FILE` writes the whole
 * analysis as JSON (Maps and Sets as arrays), so a speed change can be shown to leave it byte for
 * byte the same; `--five` analyses the site's five committed articles instead of generated ones.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { analyseCorpus, type CorpusArticleInput } from "#lib/analysis/index.ts";
import { analysisArticles } from "./analysisArticles.ts";
import { lemmasOf, lemmasOfDirect } from "#lib/analysis/claimTerms.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import { loadDesk } from "#lib/content/desk.ts";
import { loadCorpus } from "#lib/analysis/test-support/corpus.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    lemmas: { type: "boolean", default: false },
    five: { type: "boolean", default: false },
    json: { type: "string" },
  },
});

const articles: CorpusArticleInput[] = values.five
  ? loadCorpus()
  : analysisArticles(root, Number(values.articles), Number(values.seed));

/** JSON with Maps as arrays of entries and Sets as arrays, in their insertion order. */
const plainJson = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v));

const round = (x: number) => Math.round(x * 10) / 10;
/** CPU seconds of this process since `start` (a `process.cpuUsage()`): the machine is shared, so wall time varies. */
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

function timeAnalysis(): object {
  let storySeconds = 0;
  const start = process.cpuUsage();
  const analysis = analyseCorpus(
    articles,
    loadDesk(root).entities,
    new Map(),
    {},
    new Map(),
    undefined,
    (_, compare) => {
      const t = process.cpuUsage();
      const parts = compare();
      storySeconds += cpuSince(t);
      return parts;
    },
  );
  const seconds = cpuSince(start);
  const digest = createHash("sha256").update(JSON.stringify(analysis.claims)).digest("hex").slice(0, 16);
  if (values.json !== undefined) writeFileSync(values.json, plainJson(analysis));
  return { analysisSeconds: round(seconds), storySeconds: round(storySeconds), claimsDigest: digest };
}

function compareLemmas(): object {
  // The text claims lemmatise for an article: its sentences outside headings, one per line.
  const texts = articles.map((article) =>
    articleSentences(article.body)
      .filter((block) => block.kind !== "heading")
      .flatMap((block) => block.sentences.map((s) => s.text))
      .join("\n"),
  );
  const timed = <T>(run: () => T): [T, number] => {
    const t = process.cpuUsage();
    return [run(), cpuSince(t)];
  };
  // compromise warmed up first (its match net is built on first use), so neither run pays for it.
  lemmasOfDirect(texts.slice(0, 20).join("\n"));
  const [table, tableSeconds] = timed(() => texts.map(lemmasOf));
  const [direct, directSeconds] = timed(() => texts.map(lemmasOfDirect));
  const same = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) =>
    a.size === b.size && [...a].every(([word, lemma]) => b.get(word) === lemma);
  const lemmaMismatches = direct.filter((lemmas, i) => !same(lemmas, table[i] ?? new Map())).length;
  return { lemmaSeconds: { direct: round(directSeconds), table: round(tableSeconds) }, lemmaMismatches };
}

process.stdout.write(
  `${JSON.stringify({ articles: articles.length, ...(values.lemmas ? compareLemmas() : timeAnalysis()) })}\n`,
);
