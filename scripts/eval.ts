/**
 * `npm run eval` — runs ingest's normalizer on every evaluation case and prints, per split and
 * overall, field accuracy, body precision/recall/F1 over word shingles, keep-recall, chrome
 * removed and refusals, then one line of JSON with every figure. How to read it: eval/README.md.
 *
 *   EVAL_CORPUS=DIR   the raw articles (default: ../shared/eval-corpus beside the checkout)
 *   EVAL_CASES=DIR    the gold cases (default: eval/cases)
 *   --cases           also print one line per dev case (and per dev story for claims) with the
 *                     gold `drop` lines still in its body, and every analysis miss on the dev split
 *   --claims          only the claims figure, with every dev story's misaligned and missed
 *                     sentence pairs (test stories are scored, never printed)
 *   --split dev|test  only that split's cases (tune with `--split dev`: nothing held out is read)
 *
 * Then the claims figure: alignment and disagreement precision/recall per split against
 * eval/claims/<story>.yaml (with EVAL_CASES: DIR/claims/, when it has one; src/lib/eval/claims.ts),
 * and the sourcing figure on the site's own articles against eval/sourcing/<name>.yaml
 * (src/lib/eval/sourcingSite.ts).
 */
import { join, resolve } from "node:path";
import { loadDesk } from "#lib/content/desk.ts";
import { analysisFigures, analysisNumbers, formatAnalysisFigures } from "#lib/eval/analysisRun.ts";
import { entityFigures, formatEntityFigures } from "#lib/eval/entityEval.ts";
import { runClaimsEval, summarizeClaims } from "#lib/eval/claims.ts";
import { formatSourcing, sourcingNumbers } from "#lib/eval/sourcingScore.ts";
import { runSiteSourcingEval } from "#lib/eval/sourcingSite.ts";
import { formatQuoteFigures, quoteFigures, sumQuoteScores } from "#lib/eval/quotes.ts";
import { caseFileName } from "#lib/eval/benchmarkCase.ts";
import { corpusPresent, evalPaths, runEval, type EvalCase } from "#lib/eval/run.ts";
import { isHtmlFile } from "#lib/sources/fileName.ts";
import { readCommandLine } from "./support/commandLine.ts";
import { FIELDS, formatSummary, roundSummary, summarize } from "#lib/eval/score.ts";

const ROOT_DIR = resolve(import.meta.dirname, "..");
const USAGE = `usage: npm run eval -- [--split dev|test] [--cases] [--claims]

  --split dev|test  score only that split (tune with --split dev: nothing held out is read)
  --cases           also print one line per dev case, the chrome it left, and every dev analysis miss
  --claims          print only the claims figure, with each dev story's misses
  --help            print this message

  EVAL_CORPUS=DIR   the raw articles (default: ../shared/eval-corpus beside the checkout)
  EVAL_CASES=DIR    the gold cases (default: eval/cases)

How to read the figures: eval/README.md.`;
const args = readCommandLine("eval", USAGE, {
  cases: { type: "boolean" },
  claims: { type: "boolean" },
  split: { type: "string" },
});
const onlySplit = args.values.split;
if (onlySplit !== undefined && onlySplit !== "dev" && onlySplit !== "test") {
  console.error(`eval: --split: expected dev or test, got ${onlySplit}`);
  process.exit(2);
}
const paths = evalPaths();
if (!corpusPresent(paths)) {
  console.error(`eval: the corpus folder ${paths.corpusDir} does not exist; set EVAL_CORPUS to the eval-corpus folder`);
  process.exit(2);
}
// The claims gold (eval/claims) is about the default case folder's corpus; another case folder
// (EVAL_CASES) has its stories' claims in its own claims/ folder, or none.
const claimsDir =
  paths.casesDir === evalPaths({}).casesDir ? join(ROOT_DIR, "eval", "claims") : join(paths.casesDir, "claims");
const pct = (x: number | undefined) => (x === undefined ? "  n/a" : `${(x * 100).toFixed(1)}%`);
/** One summary line of the claims figure. */
const claimsLine = (label: string, c: ReturnType<typeof summarizeClaims>) =>
  `claims ${label}: ${c.stories} stories · alignment P ${pct(c.alignment.precision)} R ${pct(c.alignment.recall)} (${c.alignment.right}/${c.alignment.system}, ${c.alignment.found}/${c.alignment.gold}) · disagreements P ${pct(c.disagreements.precision)} R ${pct(c.disagreements.recall)} (${c.disagreements.right}/${c.disagreements.system}, ${c.disagreements.found}/${c.disagreements.gold})`;
if (args.values.claims === true) {
  const scores = runClaimsEval(claimsDir, paths.corpusDir, ROOT_DIR);
  for (const s of scores.filter((x) => x.split === "dev")) {
    console.log(`claims ${s.story} dev`);
    for (const line of [
      ...s.flagged,
      ...s.misses.falsePairs.map((p) => `false pair: ${p}`),
      ...s.misses.missedPairs.map((p) => `missed pair: ${p}`),
      ...s.unmatched.map((u) => `gold sentence not found: ${u}`),
    ])
      console.log(`  ${line}`);
  }
  console.log(claimsLine("dev", summarizeClaims(scores.filter((s) => s.split === "dev"))));
  process.exit(0);
}
let cases;
try {
  cases = await runEval(paths, onlySplit);
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
/** One miss on one line of a readable width. */
const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);
if (args.values.cases === true) {
  // Per-case lines for dev only: the test split is scored, never read case by case.
  for (const c of cases.filter((x) => x.score.split === "dev")) {
    const s = c.score;
    const wrong = FIELDS.filter((f) => s.fields[f] !== "right").map((f) => `${f}:${s.fields[f]}`);
    console.log(
      `${c.id.padEnd(40)} ${s.split.padEnd(4)} ${s.refused ? "REFUSED" : `P ${s.precision?.toFixed(2) ?? " -  "} R ${s.recall.toFixed(2)} keep ${s.keepFound}/${s.keepTotal} drop ${s.dropAbsent}/${s.dropTotal}`} ${wrong.join(" ")}`,
    );
    if (!c.output.ok) console.log(`  refused: ${c.output.message}`);
    for (const item of s.dropLeft) console.log(`  chrome left: ${clip(item)}`);
    // Not clipped: the quotation is already cut (shownQuotation), and the speakers after it are the miss.
    if (c.quotes) for (const miss of c.quotes.misses) console.log(`  quotes: ${miss}`);
  }
}
console.log(`eval: ${cases.length} case(s) from ${paths.casesDir}, raw files from ${paths.corpusDir}`);
const selections: Record<string, (c: EvalCase) => boolean> = {
  dev: (c) => c.score.split === "dev",
  test: (c) => c.score.split === "test",
  all: () => true,
  "html pages (both splits)": (c) => isHtmlFile(caseFileName(c.gold.input)),
  "text and markdown (both splits)": (c) => !isHtmlFile(caseFileName(c.gold.input)),
};
const groups = Object.entries(selections).map(([label, keep]) => {
  const chosen = cases.filter(keep);
  const quoted = chosen.flatMap((c) => (c.quotes ? [c.quotes] : []));
  // The same figure over the articles ingest read, so a refusal and a missed quotation stay apart.
  const read = chosen.flatMap((c) => (c.quotes && c.output.ok ? [c.quotes] : []));
  return {
    label,
    summary: summarize(chosen.map((c) => c.score)),
    quotes: quoted.length > 0 ? quoteFigures(sumQuoteScores(quoted)) : undefined,
    quotesRead: read.length > 0 ? quoteFigures(sumQuoteScores(read)) : undefined,
  };
});
for (const { label, summary, quotes, quotesRead } of groups) {
  console.log(formatSummary(label, summary).join("\n"));
  if (quotes) console.log(formatQuoteFigures("quotes", quotes));
  if (quotesRead) console.log(formatQuoteFigures("  of read", quotesRead));
}
// Entities: the site's register and list of non-entities, on what ingest produced.
const desk = loadDesk(process.cwd());
const entities = Object.fromEntries(
  (["dev", "test"] as const).map((split) => [
    split,
    entityFigures(
      cases.filter((c) => c.score.split === split),
      desk.entities,
      { notEntities: desk.notEntities },
    ),
  ]),
);
for (const [split, figures] of Object.entries(entities)) {
  console.log(formatEntityFigures(split, figures).join("\n"));
  if (args.values.cases === true && split === "dev") {
    for (const { id, score } of figures.perCase) {
      const lists = [
        score.missed.length > 0 ? `missed: ${score.missed.join("; ")}` : "",
        score.spurious.length > 0 ? `not in gold: ${score.spurious.join("; ")}` : "",
        score.wrong.length > 0 ? `wrong links: ${score.wrong.join("; ")}` : "",
      ].filter((l) => l !== "");
      console.log(
        `  ${id}: ${score.recognised}/${score.gold}, ${score.correct}/${score.found}, ${score.wrongLinks} wrong ${lists.join(" | ")}`,
      );
    }
  }
}
// Dates, topics and stories: the analysis on what ingest produced. Misses are listed for dev
// only: the test split stays unread, so nothing is tuned on it.
const analysis = analysisFigures(cases, desk.entities, desk.topics);
console.log(formatAnalysisFigures("dev", analysis.dev, args.values.cases === true).join("\n"));
console.log(formatAnalysisFigures("test", analysis.test).join("\n"));
// Claims: alignment and disagreements per story against eval/claims/*.yaml.
const claimScores = runClaimsEval(claimsDir, paths.corpusDir, ROOT_DIR).filter(
  (s) => onlySplit === undefined || s.split === onlySplit,
);
if (args.values.cases === true) {
  // Test stories are scored, not printed: nothing is tuned on them.
  for (const s of claimScores.filter((x) => x.split === "dev")) {
    console.log(
      `claims ${s.story.padEnd(6)} ${s.split.padEnd(4)} align ${s.alignment.right}/${s.alignment.system} right, ${s.alignment.found}/${s.alignment.gold} found; differ ${s.disagreements.right}/${s.disagreements.system} right, ${s.disagreements.found}/${s.disagreements.gold} found`,
    );
    if (s.wrapped.length > 0) console.log(`  given a title to normalize: ${s.wrapped.join(", ")}`);
    for (const line of [...s.flagged, ...s.unmatched.map((u) => `gold sentence not found: ${u}`)])
      console.log(`  ${line}`);
  }
}
const claimGroups = {
  dev: summarizeClaims(claimScores.filter((s) => s.split === "dev")),
  test: summarizeClaims(claimScores.filter((s) => s.split === "test")),
  all: summarizeClaims(claimScores),
};
for (const [label, c] of Object.entries(claimGroups)) {
  console.log(claimsLine(label, c));
}
// Sourcing on the committed articles (content/), counted by hand in eval/sourcing/*.yaml.
const siteSourcing = runSiteSourcingEval(ROOT_DIR);
for (const score of siteSourcing) {
  console.log(formatSourcing(`${score.name} (${score.split}, content/articles)`, score));
  if (args.values.cases === true) for (const miss of score.misses) console.log(`    ${miss}`);
}

console.log(
  JSON.stringify({
    ...Object.fromEntries(
      groups.map(({ label, summary, quotes, quotesRead }) => [
        label,
        { ...roundSummary(summary), ...(quotes ? { quotes } : {}), ...(quotesRead ? { quotesRead } : {}) },
      ]),
    ),
    entities: Object.fromEntries(
      Object.entries(entities).map(([split, f]) => [
        split,
        {
          recall: f.score.gold === 0 ? null : Math.round((1000 * f.score.recognised) / f.score.gold) / 1000,
          precision: f.score.found === 0 ? null : Math.round((1000 * f.score.correct) / f.score.found) / 1000,
          wrongLinks: f.score.wrongLinks,
          msPerArticle: Math.round(f.msPerArticle),
        },
      ]),
    ),
    analysis: { dev: analysisNumbers(analysis.dev), test: analysisNumbers(analysis.test) },
    claims: claimGroups,
    sourcingSite: Object.fromEntries(siteSourcing.map((s) => [s.name, sourcingNumbers(s)])),
  }),
);
