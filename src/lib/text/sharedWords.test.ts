import { describe, expect, it } from "vitest";
import { sharedWords } from "./sharedWords.ts";

describe("sharedWords", () => {
  it("counts each shared word as often as both texts hold it, in any order", () => {
    expect(sharedWords(["a", "b", "a", "c"], ["c", "a", "b"])).toBe(3);
    expect(sharedWords(["a", "a"], ["a", "a", "a"])).toBe(2);
  });

  it("shares nothing with an empty text", () => {
    expect(sharedWords([], ["a"])).toBe(0);
    expect(sharedWords(["a"], [])).toBe(0);
  });
});
