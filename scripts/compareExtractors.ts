/**
 * Comparison behind the choice of HTML extractor (see the commit that added it): Readability
 * and Defuddle on linkedom, over the dev split's HTML cases in EVAL_CASES (default eval/cases;
 * corpus pages and the synthetic pages with an `expected.html`): F1 over word shingles against
 * each page's expected text, time per page, and the share of the gold's `keep` items found and
 * `drop` items absent. `--clean` runs ingest's page-chrome pass (src/lib/html/pageChrome.ts)
 * first. Test cases are never read.
 * `EVAL_CORPUS=/path [EVAL_CASES=/path] node scripts/compareExtractors.ts [--clean]`
 */
import { readFile, readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Readability } from "@mozilla/readability";
import { Defuddle } from "defuddle/node";
import { parseHTML } from "linkedom";
import { existsSync } from "node:fs";
import { removePageChrome } from "#lib/html/pageChrome.ts";
import { bodyContains } from "#lib/eval/compare.ts";
import { parseGold, type Gold } from "#lib/eval/gold.ts";
import { evalPaths, expectedText } from "#lib/eval/run.ts";
import { scoreBody } from "#lib/eval/shingles.ts";

const { corpusDir, casesDir } = evalPaths();
// Only dev cases are read (their raw pages, expected texts and gold): the test split is held out.
const cases: { id: string; gold: Gold; raw: string }[] = [];
for (const id of (existsSync(casesDir) ? await readdir(casesDir) : []).sort()) {
  const file = join(casesDir, id, "gold.yaml");
  if (!existsSync(file)) continue;
  const gold = parseGold(await readFile(file, "utf8"), file);
  if (gold.split !== "dev" || !/\.html?$/i.test(gold.input)) continue;
  cases.push({ id, gold, raw: join(gold.synthetic ? join(casesDir, id) : corpusDir, gold.input) });
}
const clean = process.argv.includes("--clean");
const goldSums = { r: { keep: 0, drop: 0 }, d: { keep: 0, drop: 0 }, keep: 0, drop: 0, pages: 0 };

const rows: string[] = [];
const sums = { r: { f1: 0, ms: 0, n: 0 }, d: { f1: 0, ms: 0, n: 0 } };
for (const { id, gold: g, raw } of cases) {
  const expected = await expectedText(dirname(raw));
  if (expected === undefined) continue;
  const html = await readFile(raw, "utf8");
  const page = () => {
    const { document } = parseHTML(html);
    if (clean) removePageChrome(document);
    return document;
  };
  let t = performance.now();
  const article = new Readability(page()).parse();
  const rMs = performance.now() - t;
  t = performance.now();
  const d = await Defuddle(page(), "https://example.org/", {
    useAsync: false,
  });
  const dMs = performance.now() - t;
  const text = (h: string) => parseHTML(`<html><body>${h}</body></html>`).document.body.textContent ?? "";
  const rf = scoreBody(article?.textContent ?? "", expected).f1;
  const df = scoreBody(text(d.content), expected).f1;
  sums.r.f1 += rf;
  sums.r.ms += rMs;
  sums.r.n++;
  sums.d.f1 += df;
  sums.d.ms += dMs;
  sums.d.n++;
  {
    const rText = article?.textContent ?? "";
    const dText = text(d.content);
    goldSums.pages++;
    goldSums.keep += g.keep.length;
    goldSums.drop += (g.drop ?? []).length;
    goldSums.r.keep += g.keep.filter((k) => bodyContains(rText, k)).length;
    goldSums.d.keep += g.keep.filter((k) => bodyContains(dText, k)).length;
    goldSums.r.drop += (g.drop ?? []).filter((k) => !bodyContains(rText, k)).length;
    goldSums.d.drop += (g.drop ?? []).filter((k) => !bodyContains(dText, k)).length;
  }
  rows.push(
    `${id.padEnd(44)} readability F1 ${rf.toFixed(3)} ${rMs.toFixed(0).padStart(5)} ms   defuddle F1 ${df.toFixed(3)} ${dMs.toFixed(0).padStart(5)} ms`,
  );
}
console.log(rows.join("\n"));
console.log(
  `mean over ${sums.r.n}: readability F1 ${(sums.r.f1 / sums.r.n).toFixed(3)} ${(sums.r.ms / sums.r.n).toFixed(0)} ms/page; defuddle F1 ${(sums.d.f1 / sums.d.n).toFixed(3)} ${(sums.d.ms / sums.d.n).toFixed(0)} ms/page`,
);
if (goldSums.pages > 0) {
  const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(1)}%`;
  console.log(
    `against gold (${goldSums.pages} dev pages in ${casesDir}${clean ? ", page chrome removed first" : ""}): readability keep ${pct(goldSums.r.keep, goldSums.keep)} drop-absent ${pct(goldSums.r.drop, goldSums.drop)}; defuddle keep ${pct(goldSums.d.keep, goldSums.keep)} drop-absent ${pct(goldSums.d.drop, goldSums.drop)}`,
  );
}
