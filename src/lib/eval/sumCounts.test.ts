import { describe, expect, it } from "vitest";
import { sumCounts } from "./sumCounts.ts";

describe("sumCounts", () => {
  it("sums every count and joins every list, field by field", () => {
    const zero = { gold: 0, found: 0, misses: [] as readonly string[] };
    const scores = [
      { gold: 3, found: 2, misses: ["a"] },
      { gold: 1, found: 1, misses: ["b", "c"] },
    ];
    expect(sumCounts(scores, zero)).toEqual({ gold: 4, found: 3, misses: ["a", "b", "c"] });
    expect(sumCounts([], zero)).toEqual(zero);
  });
});
