import { describe, expect, it } from "vitest";
import { median, round } from "./stats.ts";

describe("median", () => {
  it("takes the middle of an odd count and the mean of the two middles of an even one", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("is NaN for no values, so a missing figure cannot pass for zero", () => {
    expect(median([])).toBeNaN();
  });
});

describe("round", () => {
  it("keeps numbers, rounded to the given decimals", () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(7, 0)).toBe(7);
  });
});
