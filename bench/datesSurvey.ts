/**
 * `node bench/datesSurvey.ts DIR [--form html|text] [--id PREFIX]` — the timeline read over every
 * dev page of the external benchmark (eval/README.md "An external benchmark"), for reading rather
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
import { pageText } from "#lib/html/pageText.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import { findArticleEvents } from "#lib/analysis/timeline.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import { articleSentences, frontBlocks } from "#lib/text/sentences.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { form: { type: "string", default: "html" }, id: { type: "string", default: "" } },
});
const dir = positionals[0];
if (dir === undefined) throw new Error("usage: node bench/datesSurvey.ts DIR [--form html|text] [--id PREFIX]");

/** Words that may date a sentence. */
const DATE_WORD =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:1[5-9]|20)\d{2}s?\b|\bago\b|\b(?:last|this|next|past|coming)\s+(?:week|month|year|decade|spring|summer|fall|autumn|winter|night)\b|\byesterday\b|\btoday\b|\btonight\b|\btomorrow\b|\b\d{2}s\b|\bdecade\b|\bcentury\b/iu;

/** Date-like words in a text: how date-dense a page is. */
const dateWords = (text: string) => (text.match(new RegExp(DATE_WORD.source, "giu")) ?? []).length;

let [totalEvents, totalDateless] = [0, 0];
const pages = (await loadBenchmark(resolve(dir))).filter((p) => p.split === "dev" && p.id.startsWith(values.id));
for (const page of pages) {
  const raw = values.form === "html" ? page.html : pageText(page.html);
  const result = normalizeSource(raw, { fileName: `${page.id}.${values.form === "html" ? "html" : "txt"}` });
  if (!result.ok) {
    console.log(`\n=== ${page.id.slice(0, 12)} REFUSED ${result.error.code} ${page.url}`);
    continue;
  }
  const { published, byline, dek, keyPoints, title } = result.frontmatter;
  const body = parseFrontmatter(result.markdown)?.body ?? "";
  const blocks = articleSentences(body);
  const front = frontBlocks(dek, keyPoints);
  const events = findArticleEvents(page.id, front, blocks, { published, byline });
  console.log(`\n=== ${page.id.slice(0, 12)} published ${published ?? "-"} ${page.url}\n    title: ${title}`);
  const byAnchor = new Map<string, typeof events>();
  for (const e of events) byAnchor.set(e.anchor, [...(byAnchor.get(e.anchor) ?? []), e]);
  let [words, dated, dateless] = [0, 0, 0];
  for (const block of [...front, ...blocks])
    for (const sentence of block.sentences) {
      words += sentence.text.split(/\s+/u).filter(Boolean).length;
      dated += dateWords(sentence.text);
      const here = byAnchor.get(sentence.anchor) ?? [];
      const text = sentence.text.replace(/\s+/gu, " ");
      if (here.length > 0)
        console.log(
          `  EV ${here.map((e) => `${e.date.iso}/${e.date.precision[0]}${e.derived ? "*" : ""} «${e.date.label}»`).join(" ")} | ${block.kind} | ${text}`,
        );
      else if (DATE_WORD.test(sentence.text)) {
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
