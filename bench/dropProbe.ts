/**
 * `node bench/dropProbe.ts CASES_DIR...` — which lines of page chrome would become timeline
 * events if ingest let them through. Every `drop` line of every dev case's gold (eval/README.md:
 * captions, credits, clocks, teasers …) is run through the timeline on its own, as a paragraph of
 * a body dated with the case's `published`, and again glued after a sentence of prose (as an
 * extractor glues a caption onto a paragraph); each line that yields an event is printed. The
 * furniture figure counts exactly these events where ingest fails to remove a line, so this shows
 * the shapes the timeline must know by itself. Test cases are never read.
 */
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { findArticleEvents } from "#lib/analysis/timeline.ts";
import { parseGold } from "#lib/eval/gold.ts";
import { articleSentences } from "#lib/text/sentences.ts";

const PROSE = "Officials said the talks would go on.";

let [lines, taken] = [0, 0];
for (const dir of process.argv.slice(2)) {
  for (const id of (await readdir(dir)).sort()) {
    const file = join(dir, id, "gold.yaml");
    if (!existsSync(file)) continue;
    const gold = parseGold(await readFile(file, "utf8"), file);
    if (gold.split !== "dev") continue;
    const published = gold.published ?? undefined;
    const byline = gold.byline ?? undefined;
    for (const drop of gold.drop ?? []) {
      lines += 1;
      for (const [form, body] of [
        ["alone", `${PROSE}\n\n${drop}\n\n${PROSE}`],
        ["glued", `${PROSE} ${drop}`],
      ] as const) {
        const events = findArticleEvents(id, [], articleSentences(body), { published, byline }).filter(
          (e) => e.sentence !== PROSE,
        );
        if (events.length === 0) continue;
        taken += 1;
        console.log(
          `${id} [${form}] ${events.map((e) => `${e.date.iso} «${e.date.label}»`).join(" ")} | ${drop.replace(/\s+/gu, " ")}`,
        );
      }
    }
  }
}
console.log(`${taken} event-bearing readings of ${lines} drop lines`);
