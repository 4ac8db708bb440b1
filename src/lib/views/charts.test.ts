import { describe, expect, it } from "vitest";
import { barChart } from "./charts.ts";

describe("barChart", () => {
  it("scales bars to the largest value", () => {
    const chart = barChart(
      [
        { label: "a", value: 6 },
        { label: "b", value: 3 },
        { label: "c", value: 0 },
      ],
      { width: 100, labelWidth: 0, valueWidth: 0 },
    );
    expect(chart.bars.map((b) => b.width)).toEqual([100, 50, 0]);
    expect(chart.bars[1]?.y).toBeGreaterThan(chart.bars[0]?.y ?? 0);
  });
});
