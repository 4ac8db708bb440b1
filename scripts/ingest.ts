/**
 * `npm run ingest` — turns raw scraped articles into site content.
 *
 *   node scripts/ingest.ts                      every content/sources/*.{txt,md,html,htm} into
 *                                               content/articles/<slug>.md + content/reports/<slug>.json
 *   node scripts/ingest.ts FILE...              the given sources, into the same folders
 *   node scripts/ingest.ts --out DIR [FILE...]  articles into DIR, reports into DIR/reports
 *   node scripts/ingest.ts --content DIR        a whole other content folder (DIR/sources → DIR/articles,
 *                                               DIR/reports, topics from DIR/topics), e.g. a benchmark corpus
 *
 * An optional sidecar `<name>.meta.yaml` next to a source sets outlet, url, published, byline,
 * slug or topics. Articles an editor has changed (their `generated.digest` no longer verifies)
 * or wrote by hand are never overwritten. Exits 1 if any file failed; other files still run.
 * Runs on Node 22's type stripping: erasable syntax only, local imports with `.ts`.
 */
import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { formatProblems } from "#lib/content/problems.ts";
import { ingestFiles, type IngestOutcome } from "#lib/ingest/ingest.ts";
import { isSourceFile } from "#lib/sources/fileName.ts";
import { readCommandLine } from "./support/commandLine.ts";

const root = resolve(import.meta.dirname, "..");
const usage = "usage: node scripts/ingest.ts [--content DIR] [--out DIR] [FILE.txt|.md|.html ...]";

const args = readCommandLine("ingest", usage, { out: { type: "string" }, content: { type: "string" } }, true);

const contentDir = args.values.content !== undefined ? resolve(args.values.content) : join(root, "content");
const sourcesDir = join(contentDir, "sources");
const files =
  args.positionals.length > 0
    ? args.positionals
    : (await readdir(sourcesDir))
        .filter(isSourceFile)
        .sort()
        .map((name) => relative(process.cwd(), join(sourcesDir, name)));
const out = args.values.out;
const options = {
  articlesDir: out !== undefined ? resolve(out) : join(contentDir, "articles"),
  reportsDir: out !== undefined ? resolve(out, "reports") : join(contentDir, "reports"),
  topicsDir: join(contentDir, "topics"),
};

const outcomes = await ingestFiles(files, options);
const show = (path: string | undefined) => {
  if (path === undefined) return "";
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
};
const LABEL: Record<IngestOutcome["status"], string> = {
  written: "written  ",
  unchanged: "unchanged",
  kept: "kept     ",
  error: "error    ",
};
const INDENT = " ".repeat(LABEL.written.length + 1);
for (const o of outcomes) {
  if (o.status === "error") {
    const problems = o.problems ?? [{ file: o.file, field: "file", message: "failed" }];
    for (const line of formatProblems(problems).split("\n")) console.error(`${LABEL.error} ${line}`);
    continue;
  }
  if (o.status === "kept") {
    console.log(
      `${LABEL[o.status]} ${o.file} → ${show(o.articlePath)} (kept hand-edited article (its digest does not verify); not overwritten)`,
    );
    continue;
  }
  // What left the body, by reason, and where to read it line by line; each warning on its own line.
  const by = (o.removedBy ?? []).length > 0 ? `: ${o.removedBy?.join(", ")}` : "";
  console.log(`${LABEL[o.status]} ${o.file} → ${show(o.articlePath)}`);
  console.log(`${INDENT}${o.removed ?? 0} removed${by}; each with its line and reason in ${show(o.reportPath)}`);
  for (const warning of o.warnings ?? []) console.log(`${INDENT}warning: ${warning}`);
}
const count = (s: IngestOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
console.log(
  `ingest: ${outcomes.length} file(s): ${count("written")} written, ${count("unchanged")} unchanged, ${count("kept")} kept hand-edited, ${count("error")} error(s)`,
);
process.exitCode = count("error") > 0 ? 1 : 0;
