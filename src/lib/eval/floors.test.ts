/**
 * Holds the evaluation's floors (eval/floors.json) on the held-out `test` split, so a change
 * that makes ingest worse on articles nobody tuned it for fails CI. Skips only when the
 * third-party corpus folder is absent (it lives beside the checkout, outside the repository).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusPresent, evalPaths, runEval } from "./run.ts";
import { FIELDS, summarize, type Summary } from "./score.ts";

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
}

const paths = evalPaths();
const present = corpusPresent(paths);
const floors = JSON.parse(readFileSync(FLOORS_FILE, "utf8")) as Floors;

describe("evaluation floors on the test split", () => {
  it.skipIf(!present)(
    present
      ? "holds eval/floors.json"
      : `skipped: the eval corpus folder ${paths.corpusDir} is absent (set EVAL_CORPUS)`,
    async () => {
      const cases = await runEval(paths, "test");
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
      expect(below, "figures below eval/floors.json (npm run eval shows them per case with --cases)").toEqual([]);
    },
  );
});
