/**
 * `node bench/datesSurvey.ts DIR [--form html|text] [--id PREFIX]` — the timeline read over every
 * dev page of the external benchmark (eval/README.md "An external benchmark"); with `--corpus`, DIR
 * is the evaluation corpus and the pages are its dev cases as `npm run eval` ingests them
 * (`EVAL_CASES` picks the gold folder as there). For reading rather
 * than scoring: per page, its publication date, every event the timeline takes (date, precision,
 * derived, the words and the sentence) and every sentence that holds a date-like word (a month, a
 * weekday, a year, "ago", "last week" …) and gave no event. The benchmark has no event gold beyond
 * the cased pages, so this widens what a change to the dates is read against; test pages (ids
 * 8–f) are never read. Each page ends on a line of counts (words, date words per 1,000 words, events,
 * dated sentences without one) to find the date-dense pages, and the run on their totals.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadBenchmark } from "#lib/eval/benchmark.ts";
import { evalPaths, runEval } from "#lib/eval/run.ts";
import { pageText } from "#lib/html/pageText.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import { findArticleEvents } from "#lib/analysis/timeline.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import type { ArticleFrontmatter } from "#lib/normalize/types.ts";
import { articleText, frontBlocks } from "#lib/text/sentences.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    form: { type: "string", default: "html" },
    id: { type: "string", default: "" },
    corpus: { type: "boolean", default: false },
  },
});
const dir = positionals[0];
if (dir === undefined)
  throw new Error("usage: node bench/datesSurvey.ts DIR [--form html|text] [--id PREFIX] [--corpus]");

/** Words that may date a sentence. */
const DATE_WORD =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:1[5-9]|20)\d{2}s?\b|\bago\b|\b(?:last|this|next|past|coming)\s+(?:week|month|year|decade|spring|summer|fall|autumn|winter|night)\b|\byesterday\b|\btoday\b|\btonight\b|\btomorrow\b|\b\d{2}s\b|\bdecade\b|\bcentury\b/iu;

/** The text without the verb "may" (lower case), which the month's case-blind pattern would count. */
const withoutMay = (text: string) => text.replace(/\bmay\b/gu, "");

/** Date-like words in a text: how date-dense a page is. */
const dateWords = (text: string) => (withoutMay(text).match(new RegExp(DATE_WORD.source, "giu")) ?? []).length;

let [totalEvents, totalDateless] = [0, 0];

/** One page to read: its id, where it came from, and ingest's frontmatter and body (or why it was refused). */
interface Page {
  readonly id: string;
  readonly url: string;
  readonly article?: { readonly frontmatter: ArticleFrontmatter; readonly body: string };
  readonly refused?: string;
}

/** The benchmark's dev pages, ingested from HTML or from their plain-text extraction. */
async function benchmarkPages(): Promise<Page[]> {
  const pages = (await loadBenchmark(resolve(dir ?? ""))).filter(
    (p) => p.split === "dev" && p.id.startsWith(values.id),
  );
  return pages.map((page) => {
    const raw = values.form === "html" ? page.html : pageText(page.html);
    const result = normalizeSource(raw, { fileName: `${page.id}.${values.form === "html" ? "html" : "txt"}` });
    if (!result.ok) return { id: page.id.slice(0, 12), url: page.url, refused: result.error.code };
    const body = parseFrontmatter(result.markdown)?.body ?? "";
    return { id: page.id.slice(0, 12), url: page.url, article: { frontmatter: result.frontmatter, body } };
  });
}

/** The evaluation corpus's dev cases, as `npm run eval` ingests them. */
async function corpusPages(): Promise<Page[]> {
  const cases = await runEval({ ...evalPaths(), corpusDir: resolve(dir ?? "") }, "dev");
  return cases.map((c) =>
    c.article === undefined
      ? { id: c.id, url: c.gold.input, refused: "refused" }
      : { id: c.id, url: c.gold.input, article: c.article },
  );
}

const pages = (values.corpus ? await corpusPages() : await benchmarkPages()).filter((p) => p.id.startsWith(values.id));
for (const page of pages) {
  if (page.article === undefined) {
    console.log(`\n=== ${page.id} REFUSED ${page.refused ?? ""} ${page.url}`);
    continue;
  }
  const { published, byline, dek, keyPoints, title } = page.article.frontmatter;
  const { blocks, rows } = articleText(page.article.body);
  const front = frontBlocks(dek, keyPoints);
  const events = findArticleEvents(page.id, front, blocks, { published, byline, tableRows: rows });
  console.log(`\n=== ${page.id} published ${published ?? "-"} ${page.url}\n    title: ${title}`);
  const byAnchor = new Map<string, typeof events>();
  for (const e of events) byAnchor.set(e.anchor, [...(byAnchor.get(e.anchor) ?? []), e]);
  let [words, dated, dateless] = [0, 0, 0];
  for (const block of [...front, ...blocks, ...rows])
    for (const sentence of block.sentences) {
      words += sentence.text.split(/\s+/u).filter(Boolean).length;
      dated += dateWords(sentence.text);
      const here = byAnchor.get(sentence.anchor) ?? [];
      const text = sentence.text.replace(/\s+/gu, " ");
      if (here.length > 0)
        console.log(
          `  EV ${here.map((e) => `${e.date.iso}/${e.date.precision[0]}${e.derived ? "*" : ""} «${e.date.label}»`).join(" ")} | ${block.kind} | ${text}`,
        );
      else if (DATE_WORD.test(withoutMay(sentence.text))) {
        dateless += 1;
        console.log(`  -- ${block.kind} | ${text}`);
      }
    }
  const density = words === 0 ? 0 : (1000 * dated) / words;
  console.log(
    `  ## words ${words} date-words ${dated} (${density.toFixed(1)}/1000) events ${events.length} dateless ${dateless}`,
  );
  [totalEvents, totalDateless] = [totalEvents + events.length, totalDateless + dateless];
}
console.log(`\n${pages.length} pages: ${totalEvents} events, ${totalDateless} dated sentences without an event`);
