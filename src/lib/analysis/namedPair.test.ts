import { describe, expect, it } from "vitest";
import { lastNamedPair, pairPhrases, type PeopleSentence } from "./namedPair.ts";

/** A sentence with the people `names` gives, found by their first occurrence. */
function sentence(text: string, names: Record<string, string>): PeopleSentence {
  return {
    text,
    people: Object.entries(names).map(([name, id]) => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, id };
    }),
  };
}

describe("the pair a definite 'pair' or 'couple' stands for", () => {
  it("finds the phrase", () => {
    expect(pairPhrases("But the pair insisted they never left.")).toEqual([{ start: 4, end: 12 }]);
    expect(pairPhrases("The couple said so.")).toEqual([{ start: 0, end: 10 }]);
    expect(pairPhrases("The couple's home was sold.")).toEqual([]);
  });

  it("is the two people last named together", () => {
    const before = [
      sentence("Ana Ruiz and Tom Baxter sat down with the host.", { "Ana Ruiz": "ruiz", "Tom Baxter": "baxter" }),
      sentence("Ruiz spoke first.", { Ruiz: "ruiz" }),
    ];
    expect(lastNamedPair(before)).toEqual(["ruiz", "baxter"]);
    const titled = [sentence("Ana Ruiz and Prince Tom met.", { "Ana Ruiz": "ruiz", Tom: "tom" })];
    expect(lastNamedPair(titled)).toEqual(["ruiz", "tom"]);
  });

  it("is no one when no pair is named together, or an unnamed pair comes after", () => {
    expect(lastNamedPair([sentence("Ana Ruiz met Tom Baxter.", { "Ana Ruiz": "ruiz", "Tom Baxter": "baxter" })])).toBe(
      undefined,
    );
    const later = [
      sentence("Ana Ruiz and Tom Baxter left.", { "Ana Ruiz": "ruiz", "Tom Baxter": "baxter" }),
      sentence("Police then stopped a couple in a red car.", {}),
    ];
    expect(lastNamedPair(later)).toBeUndefined();
  });
});
