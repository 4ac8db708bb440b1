/**
 * `node bench/sourcingProbe.ts DIR` — the sourcing panel's count on every DEV page of the
 * external benchmark (DIR as for `npm run eval:benchmark`; pages whose id starts 0–7, with or
 * without gold): each counted named or anonymous attribution with its sentence, then each body
 * sentence with a verb of saying, reporting or thinking that counts no source, so both kinds of
 * error can be read by hand (issue 16). Test pages are never read.
 */
import { resolve } from "node:path";
import { loadBenchmark } from "#lib/eval/benchmark.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import { analyseCorpus } from "#lib/analysis/index.ts";
import { loadDesk } from "#lib/content/desk.ts";
import { alternation, COGNITION_VERBS, REPORTING_VERBS, SPEECH_VERBS, STATEMENT_VERBS } from "#lib/text/attribution.ts";

const dir = process.argv[2];
if (dir === undefined) throw new Error("usage: node bench/sourcingProbe.ts DIR");
const VERB = new RegExp(
  `(?<!\\p{L})(?:${alternation([...SPEECH_VERBS, ...REPORTING_VERBS, ...STATEMENT_VERBS, ...COGNITION_VERBS, "according to", "told"])})(?!\\p{L})`,
  "u",
);
const pages = (await loadBenchmark(resolve(dir))).filter((p) => p.split === "dev");
const articles = pages.flatMap((page) => {
  const result = normalizeSource(page.html, { fileName: `${page.id}.html` });
  if (!result.ok) return [];
  const fm = result.frontmatter;
  return [{ slug: page.id.slice(0, 12), title: fm.title, body: parseFrontmatter(result.markdown)?.body ?? "" }];
});
const corpus = analyseCorpus(articles, loadDesk(resolve(import.meta.dirname, "..")).entities);
let [named, anonymous, uncounted] = [0, 0, 0];
for (const article of corpus.articles) {
  const byAnchor = new Map<string, string[]>();
  for (const a of article.sourcing.attributions)
    if ((a.kind === "named" || a.kind === "anonymous") && a.anchor !== undefined)
      byAnchor.set(a.anchor, [...(byAnchor.get(a.anchor) ?? []), `${a.kind === "named" ? "N" : "A"}:${a.label}`]);
  for (const block of article.blocks) {
    if (block.kind === "heading") continue;
    for (const s of block.sentences) {
      const counted = byAnchor.get(s.anchor);
      const text = s.text.replace(/\s+/gu, " ");
      if (counted) {
        named += counted.filter((c) => c.startsWith("N:")).length;
        anonymous += counted.filter((c) => c.startsWith("A:")).length;
        console.log(`${article.slug} + [${counted.join("; ")}] ${text}`);
      } else if (VERB.test(text)) {
        uncounted += 1;
        console.log(`${article.slug} - ${text}`);
      }
    }
  }
}
console.log(
  `${corpus.articles.length} pages: ${named} named, ${anonymous} anonymous, ${uncounted} uncounted verb sentences`,
);
