/**
 * Ablation of the HTML path, so that each rule's gain is visible page by page: over the dev
 * split's HTML cases that ship an expected text, F1 over word shingles against it for
 *   rd     Readability's raw output on linkedom (the DOM ingest uses),
 *   df     Defuddle's raw output on linkedom,
 *   rd+c   Readability after ingest's page-chrome passes (src/lib/html/pageChrome.ts),
 *   full   ingest's whole path (normalizeHtml: chrome passes, Readability, articleBody
 *          fallback, captions, standfirst lift, the markdown route's chrome rules),
 * then, per chrome pass, full with that pass off minus full: a pass whose line gains on one page
 * only is a page-specific rule. Every dev HTML page (also those without an expected text) is
 * also scored against its gold: per pass, the gold `drop` items that leak into the body and the
 * `keep` items lost when the pass is off, against the full path. `ld` is the page's JSON-LD articleBody in words (- when none).
 * Test cases are never read. `EVAL_CORPUS=/path [EVAL_CASES=/path] node scripts/ablateHtml.ts`
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Readability } from "@mozilla/readability";
import { Defuddle } from "defuddle/node";
import { parseHTML } from "linkedom";
import { bodyText } from "#lib/eval/bodyText.ts";
import { bodyContains, chromeLeft } from "#lib/eval/compare.ts";
import { parseGold } from "#lib/eval/gold.ts";
import { evalPaths, expectedText } from "#lib/eval/run.ts";
import { scoreBody, words } from "#lib/eval/shingles.ts";
import { normalizeHtml } from "#lib/html/normalizeHtml.ts";
import { CHROME_PASSES, removePageChrome, type ChromePass } from "#lib/html/pageChrome.ts";
import { pageMeta } from "#lib/html/pageMeta.ts";

const { corpusDir, casesDir } = evalPaths();
const textOf = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body.textContent;
const f1 = (text: string, expected: string) => scoreBody(text, expected).f1;

function fullPath(html: string, fileName: string, skip: ReadonlySet<ChromePass>): string {
  const result = normalizeHtml(html, { fileName }, skip);
  return result.ok ? bodyText(result.body) : "";
}

const rows: string[] = [];
const columns = ["rd", "df", "rd+c", "full"] as const;
const sums: Record<string, number> = {};
const onePage: Record<string, string[]> = {};
const goldEffect: Record<string, string[]> = {};
let pages = 0;
let declaredBodies = 0;
for (const id of (existsSync(casesDir) ? await readdir(casesDir) : []).sort()) {
  const goldFile = join(casesDir, id, "gold.yaml");
  if (!existsSync(goldFile)) continue;
  const gold = parseGold(await readFile(goldFile, "utf8"), goldFile);
  // Only dev pages are read: the test split is held out.
  if (gold.split !== "dev" || !/\.html?$/i.test(gold.input)) continue;
  const rawFile = join(gold.synthetic ? join(casesDir, id) : corpusDir, gold.input);
  const html = await readFile(rawFile, "utf8");
  const ld = pageMeta(parseHTML(html).document).articleBody;
  if (ld !== undefined) declaredBodies++;
  const fileName = rawFile.split("/").pop() ?? "page.html";
  const goldMiss = (body: string) => ({
    leaked: (gold.drop ?? []).filter((item) => chromeLeft(body, item)).length,
    lost: gold.keep.filter((item) => !bodyContains(body, item)).length,
  });
  const base = goldMiss(fullPath(html, fileName, new Set()));
  for (const pass of CHROME_PASSES) {
    const off = goldMiss(fullPath(html, fileName, new Set([pass])));
    const [leaked, lost] = [off.leaked - base.leaked, off.lost - base.lost];
    if (leaked !== 0 || lost !== 0)
      (goldEffect[pass] ??= []).push(`${id} drop ${leaked >= 0 ? "+" : ""}${leaked} keep ${-lost}`);
  }
  const expected = await expectedText(dirname(rawFile));
  if (expected === undefined) {
    rows.push(`${id.padEnd(44)} (no expected text)  ld ${ld === undefined ? "-" : words(ld).length}`);
    continue;
  }
  const page = (clean: boolean) => {
    const { document } = parseHTML(html);
    if (clean) removePageChrome(document);
    return document;
  };
  const full = f1(fullPath(html, fileName, new Set()), expected);
  const scores = {
    rd: f1(new Readability(page(false)).parse()?.textContent ?? "", expected),
    df: f1(textOf((await Defuddle(page(false), "https://example.org/", { useAsync: false })).content), expected),
    "rd+c": f1(new Readability(page(true)).parse()?.textContent ?? "", expected),
    full,
  };
  pages++;
  for (const c of columns) sums[c] = (sums[c] ?? 0) + scores[c];
  const gains = CHROME_PASSES.map((pass) => {
    const gain = full - f1(fullPath(html, fileName, new Set([pass])), expected);
    sums[pass] = (sums[pass] ?? 0) + gain;
    if (Math.abs(gain) >= 0.0005) (onePage[pass] ??= []).push(`${id} ${gain >= 0 ? "+" : ""}${gain.toFixed(3)}`);
    return Math.abs(gain) < 0.0005 ? "." : `${gain >= 0 ? "+" : ""}${gain.toFixed(3)}`;
  });
  rows.push(
    `${id.padEnd(44)} ${columns.map((c) => `${c} ${scores[c].toFixed(3)}`).join("  ")}  ld ${ld === undefined ? "-" : words(ld).length}  passes ${gains.join(" ")}`,
  );
}
console.log(`passes, in order: ${CHROME_PASSES.join(" ")} (gain of full over full without the pass)`);
console.log(rows.join("\n"));
console.log(
  `mean over ${pages} page(s): ${columns.map((c) => `${c} ${((sums[c] ?? 0) / pages).toFixed(3)}`).join("  ")}`,
);
for (const pass of CHROME_PASSES)
  console.log(
    `  ${pass.padEnd(16)} mean gain ${((sums[pass] ?? 0) / pages).toFixed(4)} on ${(onePage[pass] ?? []).length} page(s): ${(onePage[pass] ?? []).join(", ")}`,
  );
console.log("without each pass, gold drop items leaked more (+) and keep items lost (-):");
for (const pass of CHROME_PASSES)
  console.log(`  ${pass.padEnd(16)} ${(goldEffect[pass] ?? []).join(", ") || "no change"}`);
console.log(`dev HTML pages declaring a JSON-LD articleBody: ${declaredBodies}`);
