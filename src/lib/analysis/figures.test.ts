import { describe, expect, it } from "vitest";
import { compatible, conflictingFigures, findQuantities } from "./figures.ts";

const one = (sentence: string) => {
  const [q] = findQuantities(sentence);
  if (!q) throw new Error(`no quantity in: ${sentence}`);
  return q;
};

describe("findQuantities", () => {
  it.each([
    ["The port hired 1,200 seasonal dock workers.", "dock worker", 1200, 1200],
    ["The port hired thousands of dock workers.", "worker", 2000, 999_999],
    ["More than two dozen boats left the harbour.", "boat", 25, Infinity],
    ["The club signed Ana Ruiz and 11 other players.", "player", 12, 12],
    ["Nearly 100 families were moved.", "family", 85, 100],
    ["The strike killed four men.", "man", 4, 4],
  ])("%s", (sentence, noun, low, high) => {
    const q = one(sentence);
    expect(q.noun.endsWith(noun.split(" ").pop() ?? "")).toBe(true);
    expect([q.low, q.high]).toEqual([low, high]);
  });

  it("does not count years, percentages or figures without a number", () => {
    expect(findQuantities("In 2021 the levy rose 25% and additional inspectors were hired.")).toEqual([]);
  });
});

describe("compatibility", () => {
  it("treats a figure and a vaguer one that includes it as the same count", () => {
    expect(compatible(one("They sent 10,000 guards."), one("They sent thousands of guards."))).toBe(true);
    expect(compatible(one("They sent 26 prisoners."), one("They sent more than two dozen prisoners."))).toBe(true);
  });

  it("reports different quantities of the same noun, and nothing across nouns", () => {
    expect(
      conflictingFigures(findQuantities("They sent 400 guards."), findQuantities("They sent 900 guards.")),
    ).toHaveLength(1);
    expect(
      conflictingFigures(findQuantities("They sent 400 guards."), findQuantities("They sent 900 nurses.")),
    ).toEqual([]);
  });

  it("compares nothing when a sentence counts the same noun twice", () => {
    expect(
      conflictingFigures(
        findQuantities("They sent 400 guards and later 500 guards."),
        findQuantities("They sent 900 guards."),
      ),
    ).toEqual([]);
  });
});
