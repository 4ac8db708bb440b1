/** Runs of labels: teasers cut short by their rail count as labels; sentences that trail off in a paragraph do not. */
import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { labelRunLength } from "./labelRuns.ts";
import { toLines } from "./lines.ts";
import { buildUnits } from "./units.ts";

const unitsOf = (lines: readonly string[]) => classifyUnits(buildUnits(toLines(lines.join("\n"))).units);

describe("labelRunLength: teasers cut short by a rail", () => {
  it("reads three cut teasers in a row as a run", () => {
    const units = unitsOf([
      "Port workers walk out over new shift rules...",
      "Customs queues at the border reach a record,...",
      "Council approves the harbour budget for…",
    ]);
    expect(labelRunLength(units, 0)).toBe(3);
  });

  it("leaves paragraphs that end in an ellipsis after a full sentence", () => {
    const units = unitsOf([
      "The mayor paused. We will see what happens next, she said, and then...",
      "",
      "Officials said the review of port security would continue through the autumn...",
      "",
      "The council said it would decide in December whether the plan goes ahead...",
    ]);
    expect(labelRunLength(units, 0)).toBe(0);
  });
});

describe("labelRunLength: what ends a run", () => {
  it("stops at a rail's label, which the rail reader takes with its headlines", () => {
    const units = unitsOf([
      "Read Next",
      "Port workers walk out over new shift rules...",
      "Share Selection",
      "Trending Now",
      "Customs queues at the border reach a record",
    ]);
    expect(labelRunLength(units, 0)).toBe(3);
  });

  it("leaves a word or two cut off by a paywall", () => {
    const units = unitsOf(["All...", "To Read the Full Story", "Subscribe Today"]);
    expect(labelRunLength(units, 0)).toBe(0);
  });
});
