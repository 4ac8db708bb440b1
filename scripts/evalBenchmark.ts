/**
 * `npm run eval:benchmark -- DIR` — body extraction on an external benchmark of real news pages
 * (the public article-extraction-benchmark's layout: DIR/ground-truth.json, DIR/html/*.html.gz),
 * each page ingested as saved HTML and as a plain-text page extraction. Prints, per form and
 * split, pages, refusals and mean body precision/recall/F1 over word shingles, then one line of
 * JSON. How to read it: eval/README.md.
 *
 *   --cases   also print one line per dev page, worst first (test pages are scored, never listed)
 */
import { join, resolve } from "node:path";
import {
  declaredOf,
  devCaseIds,
  loadBenchmark,
  scorePage,
  summarizeBenchmark,
  type BenchmarkForm,
  type BenchmarkResult,
} from "#lib/eval/benchmark.ts";
import { readCommandLine } from "./support/commandLine.ts";

const USAGE = `usage: npm run eval:benchmark -- DIR [--cases]

  DIR       a checkout of the article-extraction-benchmark (ground-truth.json, html/*.html.gz)
  --cases   also print one line per dev page, worst F1 first
  --help    print this message

How to read the figures: eval/README.md.`;
const args = readCommandLine("eval:benchmark", USAGE, { cases: { type: "boolean" } }, true);
const dir = args.positionals[0];
if (dir === undefined) {
  process.stderr.write(`eval:benchmark: expected the benchmark folder\n\n${USAGE}\n`);
  process.exit(2);
}

// A test-half page read to write a dev gold case (either case set) is scored as dev.
const root = resolve(import.meta.dirname, "..");
let pages;
try {
  const readForDev = new Set([
    ...(await devCaseIds(join(root, "eval/benchmark-cases"))),
    ...(await devCaseIds(join(root, "eval/readability-cases"))),
  ]);
  pages = await loadBenchmark(resolve(dir), readForDev);
} catch (error) {
  process.stderr.write(`eval:benchmark: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const results: BenchmarkResult[] = [];
for (const page of pages) {
  const declared = declaredOf(page.html);
  for (const form of ["html", "text"] as const) results.push(scorePage(page, form, declared));
}

const pct = (x: number) => (100 * x).toFixed(1);
const summary: Record<string, ReturnType<typeof summarizeBenchmark>> = {};
for (const form of ["html", "text"] as BenchmarkForm[])
  for (const split of ["dev", "test"] as const) {
    const s = summarizeBenchmark(results.filter((r) => r.form === form && r.split === split));
    summary[`${form}.${split}`] = s;
    console.log(
      `${form.padEnd(4)} ${split.padEnd(4)} pages ${String(s.pages).padStart(3)}  refused ${String(s.refused).padStart(2)}  ` +
        `body P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}  ` +
        `title ${s.titles.right}/${s.titles.of}  date ${s.dates.right} right, ${s.dates.wrong} wrong, ${s.dates.none} none`,
    );
  }

if (args.values.cases === true) {
  const dev = results.filter((r) => r.split === "dev").sort((a, b) => a.score.f1 - b.score.f1);
  for (const r of dev)
    console.log(
      `${r.form.padEnd(4)} ${r.id.slice(0, 10)} F1 ${pct(r.score.f1).padStart(5)} P ${pct(r.score.precision).padStart(5)} ` +
        `R ${pct(r.score.recall).padStart(5)} ${r.titleRight === false ? "title? " : ""}${r.date === "wrong" ? "date? " : ""}${r.refused !== undefined ? `refused ${r.refused}` : JSON.stringify(r.title ?? "")} ${r.url}`,
    );
}
console.log(JSON.stringify({ benchmark: summary }));
