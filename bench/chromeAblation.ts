/**
 * `npx node bench/chromeAblation.ts [--vocabulary on|off]`: the dev eval with the normalizer's
 * word-list recognizers switched off (src/lib/normalize/vocabulary.ts), so that only the
 * rules that read a line's shape and position remove chrome. Prints chrome removed, keep and
 * title per dev case and in total (all, text and markdown, HTML): the share of chrome the
 * structure rules find is an estimate of what a site whose words nobody listed gets. With
 * `--vocabulary on` the same table for the normal rules, to compare case by case. Dev only:
 * the held-out split is never read. EVAL_CORPUS as for `npm run eval`.
 */
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { vocabulary: { type: "string", default: "off" } } });
if (values.vocabulary !== "on" && values.vocabulary !== "off") {
  process.stderr.write("usage: npx node bench/chromeAblation.ts [--vocabulary on|off]\n");
  process.exit(2);
}
// The switch is read once when the normalizer loads, so it is set before the import below.
if (values.vocabulary === "off") process.env["NORMALIZE_ABLATE"] = "vocabulary";
const { corpusPresent, evalPaths, runEval } = await import("#lib/eval/run.ts");
const { isHtmlFile } = await import("#lib/sources/fileName.ts");

const paths = evalPaths();
if (!corpusPresent(paths)) {
  process.stderr.write(`chromeAblation: no corpus at ${paths.corpusDir}; set EVAL_CORPUS\n`);
  process.exit(2);
}
const cases = await runEval(paths, "dev");

interface Tally {
  cases: number;
  dropAbsent: number;
  dropTotal: number;
  keepFound: number;
  keepTotal: number;
  titles: number;
}
const tally = (): Tally => ({ cases: 0, dropAbsent: 0, dropTotal: 0, keepFound: 0, keepTotal: 0, titles: 0 });
const groups = { all: tally(), text: tally(), html: tally() };
const pct = (part: number, whole: number) => (whole === 0 ? "  n/a" : `${((part / whole) * 100).toFixed(1)}%`);

console.log(`vocabulary ${values.vocabulary}: ${cases.length} dev case(s)`);
for (const c of cases) {
  const s = c.score;
  const title = s.fields.title === "right";
  for (const t of [groups.all, isHtmlFile(c.gold.input) ? groups.html : groups.text]) {
    t.cases++;
    t.dropAbsent += s.dropAbsent;
    t.dropTotal += s.dropTotal;
    t.keepFound += s.keepFound;
    t.keepTotal += s.keepTotal;
    if (title) t.titles++;
  }
  const state = s.refused ? "REFUSED" : `chrome ${s.dropAbsent}/${s.dropTotal} keep ${s.keepFound}/${s.keepTotal}`;
  console.log(`${c.id.padEnd(44)} ${state.padEnd(26)} title ${s.fields.title}`);
}
for (const [label, t] of Object.entries(groups))
  console.log(
    `${label.padEnd(5)} ${String(t.cases).padStart(3)} case(s)  chrome removed ${pct(t.dropAbsent, t.dropTotal)} (${t.dropAbsent}/${t.dropTotal})  keep ${pct(t.keepFound, t.keepTotal)} (${t.keepFound}/${t.keepTotal})  title ${pct(t.titles, t.cases)}`,
  );
