/**
 * `node bench/textPageProbe.ts DIR [--id PREFIX] [--lines]` — the plain-text form of every dev
 * page of the external benchmark (eval/README.md "An external benchmark"), read rather than
 * scored: per page, the title ingest chose beside the headlines the page declares, the dek,
 * byline and outlet, and each body line whose word trigrams are mostly absent from the page's
 * gold body (chrome left in, prefixed "+"). With `--lines` (best with `--id`), every raw line
 * of the text form with what ingest did with it (KEEP, or the removal reason), to see why a
 * line stayed. Test pages (ids 8–f) are never read.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { declaredOf, loadBenchmark } from "#lib/eval/benchmark.ts";
import { bodyText } from "#lib/eval/bodyText.ts";
import { normalizeText } from "#lib/eval/compare.ts";
import { pageText } from "#lib/html/pageText.ts";
import { normalize } from "#lib/normalize/index.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: "string", default: "" }, lines: { type: "boolean", default: false } },
});
const dir = positionals[0];
if (dir === undefined) throw new Error("usage: node bench/textPageProbe.ts DIR [--id PREFIX] [--lines]");

/** Share of a line's trigrams the gold body must hold for the line to count as body. */
const IN_GOLD = 0.5;

const words = (text: string): string[] =>
  normalizeText(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const trigrams = (w: readonly string[]): string[] =>
  w.length < 3 ? [w.join(" ")] : w.slice(0, -2).map((_, i) => w.slice(i, i + 3).join(" "));

const pages = (await loadBenchmark(resolve(dir))).filter((p) => p.split === "dev" && p.id.startsWith(values.id));
for (const page of pages) {
  const raw = pageText(page.html);
  const result = normalize(raw, { fileName: `${page.id}.txt` });
  if (!result.ok) {
    console.log(`### ${page.id} refused: ${result.error.code}`);
    continue;
  }
  if (values.lines) {
    const fate = new Map(result.report.removed.map((r) => [r.line, r.reason]));
    raw.split("\n").forEach((line, i) => {
      console.log(`${String(i + 1).padStart(4)} ${(fate.get(i + 1) ?? "KEEP").padEnd(14)} ${line.slice(0, 140)}`);
    });
    continue;
  }
  const { title, dek, byline, outlet } = result.frontmatter;
  console.log(`### ${page.id.slice(0, 10)} ${page.url}`);
  console.log(`  title: ${title}\n  declared: ${declaredOf(page.html).headlines.join(" | ")}`);
  console.log(`  dek: ${dek ?? ""}\n  byline: ${byline ?? ""}  outlet: ${outlet ?? ""}`);
  const goldWords = words(page.body);
  const gold = new Set(trigrams(goldWords));
  const goldText = goldWords.join(" ");
  for (const line of bodyText(result.body).split("\n")) {
    const w = words(line);
    if (w.length === 0) continue;
    const grams = trigrams(w);
    const held = grams.filter((g) => gold.has(g) || (w.length < 3 && goldText.includes(g))).length;
    if (held / grams.length < IN_GOLD) console.log(`  + ${line.slice(0, 200)}`);
  }
}
