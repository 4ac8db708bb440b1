/**
 * `npm run eval:audit -- DIR [--text]` — what the analysis finds on every `dev` page of an
 * exported page set (DIR/html/<id>.html.gz, or DIR/text/<id>.txt with --text; names from
 * DIR/NAMES.json when there is one), printed as Markdown for a person to check by reading: the
 * date, byline, outlet and standfirst ingest read; each quotation with its speaker, each name
 * the machine found, each dated event and each counted attribution, with the sentence it came
 * from.
 *
 * Gold cases measure recall and precision on a few pages; this reads precision on hundreds
 * without gold, since whether a listed speaker, name or date is right can be judged from its
 * sentence alone. Held-out (`test`) pages are never read: their split is fixed by id
 * (src/lib/eval/benchmark.ts `splitOf`).
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { analyseCorpus } from "#lib/analysis/index.ts";
import { loadDesk } from "#lib/content/desk.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import { caseArticle } from "#lib/eval/analysisRun.ts";
import { splitOf } from "#lib/eval/benchmark.ts";
import { caseFileName, readInput } from "#lib/eval/benchmarkCase.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import type { CorpusArticleInput } from "#lib/analysis/index.ts";
import { readCommandLine } from "./support/commandLine.ts";

const USAGE = `usage: npm run eval:audit -- DIR [--text]

  DIR       an exported page set (npm run eval:export-test-pages): html/<id>.html.gz, NAMES.json
  --text    read DIR/text/<id>.txt (npm run eval:export-page-texts) instead of the saved pages
  --help    print this message

Prints, for every dev page, the quotations with speakers, the names found, the dated events and
the counted attributions, each with its sentence. How to use it: eval/README.md.`;
const args = readCommandLine("eval:audit", USAGE, { text: { type: "boolean" } }, true);
const dir = args.positionals[0];
if (dir === undefined) {
  process.stderr.write(`eval:audit: expected the page set's folder\n\n${USAGE}\n`);
  process.exit(2);
}
const form = args.values.text === true ? "text" : "html";
const pagesDir = join(resolve(dir), form);
if (!existsSync(pagesDir)) {
  process.stderr.write(`eval:audit: ${pagesDir} does not exist; export the page set first (eval/README.md)\n`);
  process.exit(2);
}
const namesFile = join(resolve(dir), "NAMES.json");
const names: Record<string, string> = existsSync(namesFile)
  ? (JSON.parse(await readFile(namesFile, "utf8")) as Record<string, string>)
  : {};

const ROOT = resolve(import.meta.dirname, "..");
const articles: CorpusArticleInput[] = [];
const refused: string[] = [];
/** What ingest read from each page's furniture, printed above its analysis. */
const furniture = new Map<string, string[]>();
for (const file of (await readdir(pagesDir)).sort()) {
  const id = file.replace(/\..*$/u, "");
  if (splitOf(id) !== "dev") continue;
  const raw = (await readInput(join(pagesDir, file))).toString("utf8");
  const result = normalizeSource(raw, { fileName: caseFileName(file) });
  if (!result.ok) {
    refused.push(`${id.slice(0, 12)} ${names[id] ?? ""}: ${result.error.message}`);
    continue;
  }
  const body = parseFrontmatter(result.markdown)?.body ?? "";
  articles.push(caseArticle(id, { frontmatter: result.frontmatter, body }));
  const { published, byline, outlet, dek } = result.frontmatter;
  furniture.set(id, [
    `published: ${published ?? "none"} · byline: ${byline ?? "none"} · outlet: ${outlet ?? "none"}`,
    ...(dek === undefined ? [] : [`dek: ${dek}`]),
  ]);
}

const entities = loadDesk(ROOT).entities;
const corpus = analyseCorpus(articles, entities);
const register = new Map(entities.map((e) => [e.id, e]));
const found = new Map(corpus.found.map((e) => [e.id, e]));
/** A sentence cut to a readable length. */
const cut = (s: string, n = 220) => (s.length > n ? `${s.slice(0, n)}…` : s);

const out: string[] = [`# Audit of ${dir} (${form}, dev pages: ${articles.length}, refused ${refused.length})`, ""];
for (const a of corpus.articles) {
  const sentence = new Map(a.blocks.flatMap((b) => b.sentences.map((s) => [s.anchor, s.text] as const)));
  out.push(`## ${a.slug.slice(0, 12)} ${names[a.slug] ?? ""} — ${a.title}`, ...(furniture.get(a.slug) ?? []), "");
  out.push("### Quotations");
  for (const q of a.quotes)
    out.push(
      `- **${q.speaker.name}** (${q.speaker.kind}) “${cut(q.text, 120)}” ← ${cut(sentence.get(q.anchor) ?? "")}`,
    );
  out.push("", "### Names");
  for (const e of a.entities) {
    const entity = register.get(e.entityId) ?? found.get(e.entityId);
    const how = register.has(e.entityId) ? "register" : "found";
    out.push(`- ${entity?.name ?? e.entityId} [${entity?.kind ?? "?"}, ${how}] ×${e.count}`);
  }
  out.push("", "### Dated events");
  for (const e of a.events)
    out.push(
      `- ${e.date.iso}${e.date.end !== undefined ? `…${e.date.end}` : ""} (${e.date.precision}${e.derived === true ? ", derived" : ""}) ← ${cut(e.sentence)}`,
    );
  out.push("", "### Attributions");
  for (const t of a.sourcing.attributions)
    if (t.anchor !== undefined)
      out.push(
        `- ${t.kind}: **${t.label}**${t.quote === true ? " (quote)" : ""} ← ${cut(sentence.get(t.anchor) ?? "")}`,
      );
  out.push("");
}
if (refused.length > 0) out.push("## Refused", ...refused.map((r) => `- ${r}`));
console.log(out.join("\n"));
