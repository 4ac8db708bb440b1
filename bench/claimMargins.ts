/**
 * Score margins of claim alignment on the dev stories (run by hand: `EVAL_CORPUS=… node
 * bench/claimMargins.ts`): the score (`explainPair`) of every aligned pair the gold holds, of
 * every aligned pair it does not, and of every gold pair left unaligned, so a change to the
 * terms or gates shows how far apart true and false pairs stand. Reads no test story.
 */
import { join, resolve } from "node:path";
import { explainPair } from "#lib/analysis/claims.ts";
import { DEFAULT_CLAIM_OPTIONS } from "#lib/analysis/claims.ts";
import { runClaimsEval } from "#lib/eval/claims.ts";
import { evalPaths } from "#lib/eval/run.ts";

const root = resolve(import.meta.dirname, "..");
const scores = runClaimsEval(join(root, "eval", "claims"), evalPaths().corpusDir, root, DEFAULT_CLAIM_OPTIONS, "dev");
const scoreOf = (why: string) => Number(/^score (\d\.\d+)/u.exec(why)?.[1] ?? "NaN");
for (const kind of ["right", "false", "missed"] as const) {
  const all = scores
    .flatMap((s) => s.pairs[kind].map(([a, b]) => scoreOf(explainPair(s.articles, a, b))))
    .sort((x, y) => x - y);
  console.log(`${kind.padEnd(6)} ${String(all.length).padStart(3)}: ${all.map((x) => x.toFixed(2)).join(" ")}`);
}
