/**
 * `npm run eval:dates -- DIR ANNOTATIONS` — ingest's publication date against dates others
 * annotated (src/lib/eval/dateAnnotations.ts), on a page set exported by `npm run
 * eval:export-test-pages` (DIR: `html/<id>.html.gz`, `NAMES.json`). Prints each `dev` page ingest
 * missed or got wrong, then one JSON line with the tally of each split; `test` pages are counted,
 * never listed. How to build the set: eval/README.md ("Dates annotated by others").
 *
 *   --text   read each page's plain-text extraction (DIR/text, `npm run eval:export-page-texts -- DIR`)
 *            instead of its saved HTML: the date a scraper's text of the page still shows
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { emptyTally, judgeDate, parseDateAnnotations, type DateOutcome } from "#lib/eval/dateAnnotations.ts";
import { annotatedPages } from "./support/annotatedPages.ts";
import { readCommandLine } from "./support/commandLine.ts";

const USAGE = `usage: npm run eval:dates -- DIR ANNOTATIONS [--text]

  DIR          an exported page set (npm run eval:export-test-pages): html/<id>.html.gz, NAMES.json
  ANNOTATIONS  a JSON file of url -> {"file": "<name>.html", "date": "YYYY-MM-DD"}
  --text       read DIR/text/<id>.txt, each page's plain-text extraction (npm run eval:export-page-texts)
  --help       print this message`;
const args = readCommandLine("eval:dates", USAGE, { text: { type: "boolean" } }, true);
const form = args.values.text === true ? "text" : "html";
const [dirArg, annotationsArg] = args.positionals;
if (dirArg === undefined || annotationsArg === undefined) {
  process.stderr.write(`eval:dates: expected DIR and ANNOTATIONS\n\n${USAGE}\n`);
  process.exit(2);
}
const dir = resolve(dirArg);
for (const path of [join(dir, form), join(dir, "NAMES.json"), resolve(annotationsArg)])
  if (!existsSync(path)) {
    process.stderr.write(`eval:dates: ${path} does not exist (eval/README.md says how to build the set)\n`);
    process.exit(2);
  }

const byName = new Map(parseDateAnnotations(await readFile(resolve(annotationsArg), "utf8")).map((a) => [a.name, a]));
const tally = { dev: emptyTally(), test: emptyTally() };
for await (const { id, split, annotation, result } of annotatedPages(dir, byName, form)) {
  const outcome: DateOutcome =
    result?.ok === true
      ? {
          refused: false,
          ...(result.frontmatter.published === undefined ? {} : { published: result.frontmatter.published }),
        }
      : { refused: true };
  const verdict = judgeDate(annotation, outcome);
  tally[split].pages += 1;
  tally[split][verdict] += 1;
  if (split === "dev" && verdict !== "right")
    console.log(
      `${verdict} ${id.slice(0, 12)} ${annotation.name}: ${outcome.refused ? "refused" : (outcome.published ?? "no date")} (annotated ${annotation.date}) ${annotation.url}`,
    );
}
console.log(JSON.stringify(tally));
