/** The words a line shares with a lede: content words only, folded so a plural or a possessive still matches. */
import { describe, expect, it } from "vitest";
import { contentWords, sharedWords } from "./ledeWords.ts";

describe("words a line shares with the lede", () => {
  const lede = contentWords(
    "Farmers in the valley said the new water rules would cut their deliveries by a third this spring.",
  );

  it("counts content words, folding plurals, possessives and accents", () => {
    expect(sharedWords("Valley's farmer fights the water rule", lede)).toBe(4);
    expect(sharedWords("Válley water", lede)).toBe(2);
  });

  it("leaves out function words and short words", () => {
    expect(sharedWords("The new cut: would they say so?", lede)).toBe(0);
  });

  it("shares nothing with another story's title", () => {
    expect(sharedWords("Harbor cranes get a fresh coat of paint", lede)).toBe(0);
  });
});
