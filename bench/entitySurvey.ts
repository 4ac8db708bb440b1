/**
 * `node bench/entitySurvey.ts DIR [--corpus] [--id PREFIX]` — the entity finder read over every dev
 * page of the external benchmark (ids 0–7, cased or not), or with `--corpus` over the eval corpus's
 * dev cases (EVAL_CORPUS as for `npm run eval`), for reading rather than scoring: per page, every
 * entity found (`F` a name the register lacks, `R` a register link) with its kind and the words
 * around its first mention, then every capitalised run inside a sentence that no mention covers
 * (`--`), where a missed name would be. Gold covers only some pages, so this widens what a change
 * to the entity rules is read against; test pages (ids 8–f) and test cases are never read. With
 * `--links`, every register link instead, one line each with its whole sentence and the linked words
 * in [[ ]], to check each link rather than the first mention of each entity.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadDesk } from "#lib/content/desk.ts";
import { buildEntityMatcher, findEntities } from "#lib/analysis/entities.ts";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadBenchmark, splitOf } from "#lib/eval/benchmark.ts";
import { readInput } from "#lib/eval/benchmarkCase.ts";
import { evalPaths, runEval } from "#lib/eval/run.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import { articleSentences } from "#lib/text/sentences.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: "boolean", default: false },
    id: { type: "string", default: "" },
    links: { type: "boolean", default: false },
  },
});
const dir = positionals[0];
if (dir === undefined && !values.corpus)
  throw new Error("usage: node bench/entitySurvey.ts DIR [--corpus] [--id PREFIX] [--links]");

const desk = loadDesk(process.cwd());
const matcher = buildEntityMatcher(desk.entities);
const oneLine = (s: string) => s.replace(/\s+/gu, " ");
/** A capitalised run of words (with "of", "and", "the" inside), not at a sentence's start. */
const CAPITALISED =
  /(?<=[\s(“"‘'-])\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:(?:of|and|the|de|for)\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*)*/gu;

function survey(label: string, markdown: string): void {
  const blocks = articleSentences(markdown);
  const { mentions, found } = findEntities(blocks, matcher, { notEntities: desk.notEntities });
  console.log(`\n=== ${label}`);
  if (values.links) {
    // Every register link with its whole sentence, to read each class of link (a modifier, a
    // generic body, a shared surname) rather than only the first mention.
    for (const m of mentions) {
      if (found.some((f) => f.id === m.entityId)) continue;
      const sentence = blocks[m.blockIndex]?.sentences.find((s) => s.anchor === m.anchor)?.text ?? "";
      const marked = `${sentence.slice(0, m.start)}[[${sentence.slice(m.start, m.end)}]]${sentence.slice(m.end)}`;
      console.log(`  R ${m.entityId} | ${oneLine(marked)}`);
    }
    return;
  }
  const kinds = new Map(found.map((f) => [f.id, f] as const));
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    const sentence = blocks[m.blockIndex]?.sentences.find((s) => s.anchor === m.anchor)?.text ?? "";
    const context = oneLine(sentence.slice(Math.max(0, m.start - 50), m.end + 40));
    const own = kinds.get(m.entityId);
    const kind = own?.kind ?? matcher.entities.get(m.entityId)?.kind ?? "?";
    const count = mentions.filter((x) => x.entityId === m.entityId).length;
    console.log(`  ${own ? "F" : "R"} ${kind.slice(0, 3)} ${own?.name ?? m.entityId} ×${count} | …${context}…`);
  }
  for (const block of blocks) {
    if (block.kind === "heading") continue;
    for (const sentence of block.sentences) {
      const covered = mentions.filter((m) => m.anchor === sentence.anchor);
      for (const run of sentence.text.matchAll(CAPITALISED)) {
        const start = run.index;
        const end = start + run[0].length;
        if (covered.some((m) => m.start < end && m.end > start)) continue;
        const context = oneLine(sentence.text.slice(Math.max(0, start - 40), end + 30));
        console.log(`  -- ${run[0]} | …${context}…`);
      }
    }
  }
}

if (values.corpus) {
  const cases = await runEval(evalPaths(), "dev");
  for (const c of cases)
    if (c.score.split === "dev" && c.output.ok && c.id.startsWith(values.id)) survey(c.id, c.output.markdown);
} else {
  // A saved-page set exported without reference bodies (its ground-truth.json holds only urls)
  // has no pages for loadBenchmark: read its dev html/ pages directly, named from NAMES.json.
  const withBody = await loadBenchmark(resolve(dir as string));
  const pages =
    withBody.length > 0
      ? withBody.filter((p) => p.split === "dev" && p.id.startsWith(values.id))
      : await savedPages(resolve(dir as string));
  for (const page of pages) {
    const result = normalizeSource(page.html, { fileName: `${page.id}.html` });
    if (result.ok) survey(`${page.id.slice(0, 12)} ${page.url}`, result.markdown);
    else console.log(`\n=== ${page.id.slice(0, 12)} REFUSED ${result.error.code}`);
  }
}

/** Every dev page of DIR/html, named by DIR/NAMES.json when there is one. */
async function savedPages(root: string): Promise<{ id: string; url: string; html: string }[]> {
  const namesFile = join(root, "NAMES.json");
  const names: Record<string, string> = existsSync(namesFile)
    ? (JSON.parse(new TextDecoder().decode(await readInput(namesFile))) as Record<string, string>)
    : {};
  const pages = [];
  for (const file of readdirSync(join(root, "html")).sort()) {
    const id = /^([0-9a-f]+)\.html(?:\.gz)?$/u.exec(file)?.[1];
    if (id === undefined || splitOf(id) !== "dev" || !id.startsWith(values.id)) continue;
    const html = new TextDecoder("utf-8").decode(await readInput(join(root, "html", file)));
    pages.push({ id, url: names[id] ?? "", html });
  }
  return pages;
}
