/**
 * `npm run eval:fields -- DIR` — ingest's headline, byline, publication day and body paragraphs
 * against the answers others annotated for an exported page set (`DIR/annotations.json`, written by
 * `npm run eval:export-test-pages` from fundus's test data; src/lib/eval/fieldAnnotations.ts says how
 * each is judged). Prints each `dev` page's misses, then one JSON line with the tally of each split;
 * `test` pages are counted, never listed. How to build the set: eval/README.md ("Fields annotated by
 * others").
 *
 *   --text   read each page's plain-text extraction (DIR/text, `npm run eval:export-page-texts -- DIR`)
 *            instead of its saved HTML: the same answers, judged on the text path
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { bodyText } from "#lib/eval/bodyText.ts";
import {
  addPage,
  emptyFieldTally,
  judgePage,
  parseFieldAnnotations,
  type PageVerdicts,
} from "#lib/eval/fieldAnnotations.ts";
import { annotatedPages } from "./support/annotatedPages.ts";
import { readCommandLine } from "./support/commandLine.ts";

const USAGE = `usage: npm run eval:fields -- DIR [--text]

  DIR     an exported page set with annotations.json (npm run eval:export-test-pages)
  --text  read DIR/text/<id>.txt, each page's plain-text extraction (npm run eval:export-page-texts)
  --help  print this message`;
const args = readCommandLine("eval:fields", USAGE, { text: { type: "boolean" } }, true);
const form = args.values.text === true ? "text" : "html";
const [dirArg] = args.positionals;
if (dirArg === undefined) {
  process.stderr.write(`eval:fields: expected DIR\n\n${USAGE}\n`);
  process.exit(2);
}
const dir = resolve(dirArg);
for (const path of [join(dir, form), join(dir, "NAMES.json"), join(dir, "annotations.json")])
  if (!existsSync(path)) {
    process.stderr.write(`eval:fields: ${path} does not exist (eval/README.md says how to build the set)\n`);
    process.exit(2);
  }

const byName = new Map(
  parseFieldAnnotations(await readFile(join(dir, "annotations.json"), "utf8")).map((a) => [a.name, a]),
);
const tally = { dev: emptyFieldTally(), test: emptyFieldTally() };
const clip = (text: string, length = 90): string => (text.length > length ? `${text.slice(0, length)}…` : text);
for await (const { id, split, annotation, result } of annotatedPages(dir, byName, form)) {
  let verdicts: PageVerdicts | undefined;
  if (result?.ok === true) {
    const fm = result.frontmatter;
    verdicts = judgePage(annotation, {
      ...(fm.title === undefined ? {} : { title: fm.title }),
      ...(fm.dek === undefined ? {} : { dek: fm.dek }),
      ...(fm.byline === undefined ? {} : { byline: fm.byline }),
      ...(fm.published === undefined ? {} : { published: fm.published }),
      body: bodyText(result.body),
    });
  }
  addPage(tally[split], annotation, verdicts);
  if (split !== "dev") continue;
  const head = `${id.slice(0, 12)} ${annotation.name}`;
  if (verdicts === undefined) {
    console.log(
      `${head}: refused${result === undefined ? " (not UTF-8)" : `: ${result.ok ? "" : result.error.message}`}`,
    );
    continue;
  }
  const fm = result?.ok === true ? result.frontmatter : undefined;
  if (verdicts.title !== undefined && verdicts.title !== "right")
    console.log(
      `${head}: title ${verdicts.title}: ${JSON.stringify(fm?.title ?? null)} (annotated ${JSON.stringify(annotation.title)})`,
    );
  if (verdicts.byline !== undefined && verdicts.byline !== "right")
    console.log(
      `${head}: byline ${verdicts.byline}: ${JSON.stringify(fm?.byline ?? null)} (annotated ${JSON.stringify(annotation.authors)})`,
    );
  if (verdicts.published !== undefined && verdicts.published !== "right")
    console.log(
      `${head}: date ${verdicts.published}: ${fm?.published ?? "none"} (annotated ${String(annotation.published)})`,
    );
  if (verdicts.lost.length > 0)
    console.log(
      `${head}: ${String(verdicts.lost.length)} of ${String(annotation.paragraphs.length)} paragraphs lost: ${verdicts.lost
        .slice(0, 3)
        .map((p) => JSON.stringify(clip(p)))
        .join(" · ")}`,
    );
}
console.log(JSON.stringify(tally));
