/**
 * One-off comparison behind the choice of HTML extractor (see the commit that added it):
 * Readability and Defuddle on linkedom, F1 over word shingles against each page's shipped
 * expected text, and time per page. `EVAL_CORPUS=/path node scripts/compareExtractors.ts`
 */
import { readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Readability } from "@mozilla/readability";
import { Defuddle } from "defuddle/node";
import { parseHTML } from "linkedom";
import { scoreBody } from "../src/lib/eval/shingles.ts";

const corpus = resolve(process.env.EVAL_CORPUS ?? join(import.meta.dirname, "..", "..", "shared", "eval-corpus"));
const htmlDir = join(corpus, "html");

async function expectedText(dir: string): Promise<string | undefined> {
  const files = await readdir(dir);
  if (files.includes("expected.html")) {
    const { document } = parseHTML(`<html><body>${await readFile(join(dir, "expected.html"), "utf8")}</body></html>`);
    return document.body.textContent ?? "";
  }
  const goose = files.find((f) => f.startsWith("test_") && f.endsWith(".json"));
  if (goose)
    return (JSON.parse(await readFile(join(dir, goose), "utf8")) as { expected: { cleaned_text: string } }).expected
      .cleaned_text;
  const txt = files.find((f) => f.endsWith(".txt") && f !== "PROVENANCE.txt");
  if (txt) return readFile(join(dir, txt), "utf8");
  return undefined;
}

const rows: string[] = [];
const sums = { r: { f1: 0, ms: 0, n: 0 }, d: { f1: 0, ms: 0, n: 0 } };
for (const name of (await readdir(htmlDir)).filter((n) => !n.includes(".") && n !== "LICENSES").sort()) {
  const dir = join(htmlDir, name);
  const expected = await expectedText(dir);
  if (expected === undefined) continue;
  const html = await readFile(join(dir, "source.html"), "utf8");
  let t = performance.now();
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  const rMs = performance.now() - t;
  t = performance.now();
  const d = await Defuddle(parseHTML(html).document as unknown as Document, "https://example.org/", {
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
  rows.push(
    `${name.padEnd(40)} readability F1 ${rf.toFixed(3)} ${rMs.toFixed(0).padStart(5)} ms   defuddle F1 ${df.toFixed(3)} ${dMs.toFixed(0).padStart(5)} ms`,
  );
}
console.log(rows.join("\n"));
console.log(
  `mean over ${sums.r.n}: readability F1 ${(sums.r.f1 / sums.r.n).toFixed(3)} ${(sums.r.ms / sums.r.n).toFixed(0)} ms/page; defuddle F1 ${(sums.d.f1 / sums.d.n).toFixed(3)} ${(sums.d.ms / sums.d.n).toFixed(0)} ms/page`,
);
