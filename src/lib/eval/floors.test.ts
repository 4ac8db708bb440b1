/**
 * Holds the evaluation's floors (eval/floors.json) on the held-out `test` split, so a change
 * that makes ingest worse on articles nobody tuned it for fails CI. Skips only when the
 * third-party corpus folder is absent (it lives beside the checkout, outside the repository).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDesk } from "#lib/content/desk.ts";
import { runClaimsEval, summarizeClaims } from "./claims.ts";
import { entityFigures } from "./entityEval.ts";
import { quoteFigures, sumQuoteScores } from "./quotes.ts";
import { analysisFigures, analysisNumbers } from "./analysisRun.ts";
import { corpusPresent, evalPaths, runEval } from "./run.ts";
import { FIELDS, summarize, type Summary } from "./score.ts";

/** Milliseconds allowed for a run over the test split; a timeout, not a timing assertion. */
const SLOW_CASE_RUN = 180_000;
const FLOORS_FILE = resolve(import.meta.dirname, "../../../eval/floors.json");

interface Floors {
  accuracy: Record<(typeof FIELDS)[number], number>;
  precision: number;
  recall: number;
  f1: number;
  keepRecall: number;
  chromeRemoved: number;
  refused: number;
  wrongDates: number;
  /** People+organisations recall and precision (minimums), wrong register links (a maximum). */
  entities: { recall: number; precision: number; wrongLinks: number };
  quotes: { found: number; rightSpeaker: number; wrongSpeakers: number };
  analysis: ReturnType<typeof analysisNumbers>;
  /** Claims on the held-out stories: alignment precision and recall, minimums. */
  claims: { precision: number; recall: number };
}

const paths = evalPaths();
const present = corpusPresent(paths);
const floors = JSON.parse(readFileSync(FLOORS_FILE, "utf8")) as Floors;
let testRun: ReturnType<typeof runEval> | undefined;
/** The test split's cases, run once for both tests. */
const testCases = () => (testRun ??= runEval(paths, "test"));

describe("evaluation floors on the test split", () => {
  it.skipIf(!present)(
    present
      ? "holds eval/floors.json"
      : `skipped: the eval corpus folder ${paths.corpusDir} is absent (set EVAL_CORPUS)`,
    async () => {
      const cases = await testCases();
      expect(cases.length, `no test-split cases in ${join(paths.casesDir)}`).toBeGreaterThan(0);
      const s: Summary = summarize(cases.map((c) => c.score));
      const below: string[] = [];
      const atLeast = (name: string, value: number, floor: number) => {
        if (value < floor) below.push(`${name} ${value.toFixed(3)} < floor ${floor}`);
      };
      for (const field of FIELDS) atLeast(`${field} accuracy`, s.accuracy[field], floors.accuracy[field]);
      atLeast("body precision", s.precision, floors.precision);
      atLeast("body recall", s.recall, floors.recall);
      atLeast("body F1", s.f1, floors.f1);
      atLeast("keep-recall", s.keepRecall, floors.keepRecall);
      atLeast("chrome removed", s.chromeRemoved, floors.chromeRemoved);
      if (s.refused > floors.refused) below.push(`refused ${s.refused} > ceiling ${floors.refused}`);
      if (s.wrongDates > floors.wrongDates) below.push(`wrong dates ${s.wrongDates} > ceiling ${floors.wrongDates}`);
      const quotes = quoteFigures(sumQuoteScores(cases.flatMap((c) => (c.quotes ? [c.quotes] : []))));
      atLeast("quotations found", quotes.foundShare, floors.quotes.found);
      atLeast("right speaker of found", quotes.rightShare, floors.quotes.rightSpeaker);
      if (quotes.wrongSpeakers > floors.quotes.wrongSpeakers)
        below.push(`wrong speakers ${quotes.wrongSpeakers} > ceiling ${floors.quotes.wrongSpeakers}`);
      const desk = loadDesk(resolve(import.meta.dirname, "../../.."));
      const a = analysisNumbers(analysisFigures(cases, desk.entities, desk.topics).test);
      const f = floors.analysis;
      atLeast("dated events found", a.eventsFound, f.eventsFound);
      atLeast("topics accuracy", a.topicsAccuracy, f.topicsAccuracy);
      atLeast("story pairwise precision", a.storyPrecision, f.storyPrecision);
      atLeast("story pairwise recall", a.storyRecall, f.storyRecall);
      for (const kind of ["named", "anonymous"] as const) {
        // A figure with nothing to count (no gold, nothing counted) cannot hold its floor.
        const { recall, precision } = a.sourcing[kind];
        const floor = f.sourcing[kind];
        if (recall === undefined || floor.recall === undefined)
          below.push(`${kind} attributions: no recall to measure`);
        else atLeast(`${kind} attributions recall`, recall, floor.recall);
        if (precision === undefined || floor.precision === undefined)
          below.push(`${kind} attributions: no precision to measure`);
        else atLeast(`${kind} attributions precision`, precision, floor.precision);
      }
      if (a.eventWrongDates > f.eventWrongDates)
        below.push(`event wrong dates ${a.eventWrongDates} > ceiling ${f.eventWrongDates}`);
      if (a.furnitureEvents > f.furnitureEvents)
        below.push(`furniture events ${a.furnitureEvents} > ceiling ${f.furnitureEvents}`);
      expect(below, "figures below eval/floors.json (npm run eval shows them per case with --cases)").toEqual([]);
    },
    // Ingest and the whole analysis of every test case: seconds alone, far more beside a build.
    SLOW_CASE_RUN,
  );

  it.skipIf(!present)(
    "holds the claims floors of eval/floors.json",
    () => {
      const root = resolve(import.meta.dirname, "../../..");
      const scores = runClaimsEval(join(root, "eval", "claims"), paths.corpusDir, root);
      const { alignment } = summarizeClaims(scores.filter((s) => s.split === "test"));
      expect(alignment.precision, "claims alignment precision").toBeGreaterThanOrEqual(floors.claims.precision);
      expect(alignment.recall, "claims alignment recall").toBeGreaterThanOrEqual(floors.claims.recall);
    },
    SLOW_CASE_RUN,
  );

  it.skipIf(!present)(
    "holds the entities floors of eval/floors.json",
    async () => {
      const desk = loadDesk(resolve(import.meta.dirname, "../../.."));
      const { score } = entityFigures(await testCases(), desk.entities, { notEntities: desk.notEntities });
      const recall = score.recognised / Math.max(1, score.gold);
      const precision = score.correct / Math.max(1, score.found);
      expect(recall, "people+organisations recognised").toBeGreaterThanOrEqual(floors.entities.recall);
      expect(precision, "precision of people+organisations found").toBeGreaterThanOrEqual(floors.entities.precision);
      expect(score.wrongLinks, "wrong register links").toBeLessThanOrEqual(floors.entities.wrongLinks);
    },
    SLOW_CASE_RUN,
  );
});
