import { describe, expect, it } from "vitest";
import { nameKey, tokenize } from "./tokens.ts";

describe("tokenize", () => {
  it("reads words and initialisms with their offsets, folded for comparison", () => {
    expect(tokenize("U.S. envoy Peña met")).toEqual([
      { start: 0, end: 4, key: "us", exact: "US", raw: "U.S." },
      { start: 5, end: 10, key: "envoy", exact: "envoy", raw: "envoy" },
      { start: 11, end: 15, key: "pena", exact: "Pena", raw: "Peña" },
      { start: 16, end: 19, key: "met", exact: "met", raw: "met" },
    ]);
  });

  it("reads a text asked again the same, and no caller can change what the next one gets", () => {
    const first = tokenize("The Harbour Board voted");
    expect(tokenize("The Harbour Board voted")).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (first as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(tokenize("The Harbour Board voted")).toHaveLength(4);
  });
});

describe("nameKey", () => {
  it("drops a possessive and a leading article", () => {
    expect(nameKey("The Valley Courier’s")).toBe("valley courier");
  });
});
