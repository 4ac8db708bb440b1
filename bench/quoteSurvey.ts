/**
 * `node bench/quoteSurvey.ts DIR [--corpus] [--id PREFIX] [--all]` — the quotations the analysis
 * finds on every dev page of the external benchmark (ids 0–7, cased or not), or with `--corpus`
 * on the eval corpus's dev cases (EVAL_CORPUS as for `npm run eval`), for reading rather than
 * scoring (issue 15). Each unattributed quotation is printed with the paragraph before it, its own
 * and the one after, so whether the text names its speaker can be decided by reading; `--all`
 * also lists every attributed quotation with its speaker, to read for wrong ones. The run ends on
 * its counts. Test pages (ids 8–f) and test cases are never read.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadBenchmark } from "#lib/eval/benchmark.ts";
import { evalPaths, runEval } from "#lib/eval/run.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import { analyseCorpus } from "#lib/analysis/index.ts";
import { loadDesk } from "#lib/content/desk.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: "boolean", default: false },
    all: { type: "boolean", default: false },
    id: { type: "string", default: "" },
  },
});
const dir = positionals[0];
if (dir === undefined && !values.corpus)
  throw new Error("usage: node bench/quoteSurvey.ts DIR [--corpus] [--id PREFIX] [--all]");

const articles: { slug: string; title: string; body: string }[] = [];
const bodyOf = (markdown: string) => parseFrontmatter(markdown)?.body ?? "";
if (values.corpus) {
  for (const c of await runEval(evalPaths(), "dev"))
    if (c.score.split === "dev" && c.article && c.id.startsWith(values.id))
      articles.push({ slug: c.id, title: c.article.frontmatter.title, body: c.article.body });
} else {
  const pages = (await loadBenchmark(resolve(dir as string))).filter(
    (p) => p.split === "dev" && p.id.startsWith(values.id),
  );
  for (const page of pages) {
    const result = normalizeSource(page.html, { fileName: `${page.id}.html` });
    if (result.ok)
      articles.push({ slug: page.id.slice(0, 12), title: result.frontmatter.title, body: bodyOf(result.markdown) });
  }
}

const corpus = analyseCorpus(articles, loadDesk(resolve(import.meta.dirname, "..")).entities);
const oneLine = (s: string) => s.replace(/\s+/gu, " ").trim();
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
let [total, unattributed] = [0, 0];
for (const article of corpus.articles) {
  for (const quote of article.quotes) {
    total += 1;
    const at = article.blocks.findIndex((b) => b.sentences.some((s) => s.anchor === quote.anchor));
    if (quote.speaker.kind !== "unattributed") {
      if (values.all)
        console.log(
          `${article.slug} = [${quote.speaker.kind[0]}:${quote.speaker.name}] ${clip(oneLine(quote.text), 90)}`,
        );
      continue;
    }
    unattributed += 1;
    console.log(`\n${article.slug} ?? ${clip(oneLine(quote.text), 120)}`);
    for (const i of [at - 1, at, at + 1]) {
      const block = article.blocks[i];
      if (block) console.log(`   ${i === at ? ">" : " "} ${clip(oneLine(block.text), 600)}`);
    }
  }
}
console.log(`\n${corpus.articles.length} pages: ${total} quotations, ${unattributed} unattributed`);
