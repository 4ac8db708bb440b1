import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSiteSourcingEval } from "./sourcingSite.ts";

const ROOT = join(import.meta.dirname, "../../..");

describe("sourcing on the committed articles", () => {
  // The targets: each kind at least 90% of the hand count, and nothing counted the hand
  // count lacks (eval/sourcing/five.yaml).
  it("counts the hand-counted attributions of the five", () => {
    for (const score of runSiteSourcingEval(ROOT)) {
      for (const kind of ["named", "anonymous"] as const) {
        const t = score[kind];
        expect(t.gold, `${score.name} ${kind}`).toBeGreaterThan(0);
        expect(t.found / t.gold, `${score.name} ${kind} recall`).toBeGreaterThanOrEqual(0.9);
        expect(t.right, `${score.name} ${kind} precision: ${score.misses.join("; ")}`).toBe(t.system);
      }
    }
  });
});
