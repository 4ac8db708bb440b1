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
    ["Several hundred immigrants have been charged.", "immigrant", 300, 900],
    ["Several thousand troops were sent.", "troop", 3000, 9000],
    ["Several boats left the harbour.", "boat", 3, 9],
    ["Twenty-six prisoners were sent.", "prisoner", 26, 26],
    ["The club sold forty two tickets.", "ticket", 42, 42],
    ["Mexico will send 10K troops.", "troop", 10_000, 10_000],
    ["The fund paid 2 billion dollars.", "dollar", 2_000_000_000, 2_000_000_000],
  ])("%s", (sentence, noun, low, high) => {
    const q = one(sentence);
    expect(q.noun.endsWith(noun.split(" ").pop() ?? "")).toBe(true);
    expect([q.low, q.high]).toEqual([low, high]);
  });

  it("reads a number written with a tens word whole, not as its unit, and a K only right after digits", () => {
    const conflict = (a: string, b: string) => conflictingFigures(findQuantities(a), findQuantities(b)).length;
    expect(conflict("Twenty-six prisoners were sent.", "26 prisoners were sent.")).toBe(0);
    expect(conflict("Ten thousand troops were sent.", "10K troops were sent.")).toBe(0);
    expect(conflict("Twenty-six prisoners were sent.", "Six prisoners were sent.")).toBe(1);
    expect(findQuantities("They ran 10 km races.").map((q) => q.low)).toEqual([10]);
    expect(findQuantities("A K-9 unit and 10 K9 dogs.")).toEqual([]);
  });

  it("reads a part of a counted whole as a second count of the noun, the part first", () => {
    const counts = (sentence: string) => findQuantities(sentence).map((q) => [q.label, q.low, q.high]);
    expect(counts("Half of the 26 boats were seized.")).toEqual([
      ["Half of the 26 boats", 13, 13],
      ["26 boats", 26, 26],
    ]);
    expect(counts("Two-thirds of the 300 nurses struck.")[0]).toEqual(["Two-thirds of the 300 nurses", 200, 200]);
    expect(counts("A quarter of the 41 pilots quit.")[0]).toEqual(["A quarter of the 41 pilots", 10, 11]);
    expect(counts("Two of the 26 boats sank.")[0]).toEqual(["Two of the 26 boats", 2, 2]);
    expect(counts("Most of those 12 pilots quit.")[0]).toEqual(["Most of those 12 pilots", 0, 12]);
    // An ordinal or a noun before "of the" takes no part of the count.
    expect(counts("The third of the 5 boats sank.")).toEqual([["5 boats", 5, 5]]);
    expect(counts("The release of the 26 boats was delayed.")).toEqual([["26 boats", 26, 26]]);
  });

  it("does not count the number of a designation joined to its letters by a hyphen", () => {
    expect(findQuantities("The base flew MQ-7 Falcon gliders and F-22 planes; FLU-19 cases rose.")).toEqual([]);
    expect(findQuantities("The base flew 7 Falcon gliders and 20-30 planes.").map((q) => q.low)).toEqual([7, 30]);
    const conflict = (a: string, b: string) => conflictingFigures(findQuantities(a), findQuantities(b)).length;
    expect(conflict("Agents flew MQ-7 gliders over the port.", "Agents flew three gliders over the port.")).toBe(0);
  });

  it("does not count the number of a name before it, but a count after a month, weekday or possessive", () => {
    expect(findQuantities("Agents made Rule 19 removals and sold Zbox 720 consoles.")).toEqual([]);
    const labels = (sentence: string) => findQuantities(sentence).map((q) => q.label);
    expect(labels("Officials said Friday 14 boats left, and in April 9 pilots quit.")).toEqual([
      "14 boats",
      "9 pilots",
    ]);
    expect(labels("The port's 12 cranes and Peru's 30 boats.")).toEqual(["12 cranes", "30 boats"]);
    expect(labels("> These four cranes rusted.")).toEqual(["four cranes"]);
    expect(labels("Roughly 40 boats left. Nearly 30 boats stayed.")).toEqual(["Roughly 40 boats", "Nearly 30 boats"]);
  });

  it("does not count years, percentages or figures without a number", () => {
    expect(findQuantities("In 2021 the levy rose 25% and additional inspectors were hired.")).toEqual([]);
  });
});

describe("durations", () => {
  it("reads lengths of time in months, with their hedges", () => {
    expect([one("The charge can carry up to a year in jail.")].map((q) => [q.noun, q.low, q.high])).toEqual([
      ["duration", 0, 12],
    ]);
    expect(one("They face 18 months in prison.")).toMatchObject({ noun: "duration", low: 18, high: 18 });
    const about = one("The pause lasts about a year.");
    expect(about.low).toBeCloseTo(9.6);
    expect(about.high).toBeCloseTo(14.4);
  });

  it("leaves out adjectives, ages and points in time", () => {
    expect(findQuantities("A six-month sentence was added for a man 40 years old who left a year ago.")).toEqual([]);
  });

  it("conflicts on different lengths, not on different precision", () => {
    const conflict = (a: string, b: string) => conflictingFigures(findQuantities(a), findQuantities(b)).length;
    expect(conflict("It can carry up to a year in jail.", "It carries a sentence of 18 months.")).toBe(1);
    expect(conflict("The pause lasts about a year.", "The pause lasts 12 months.")).toBe(0);
    expect(conflict("Tariffs are paused for 30 days.", "Tariffs are paused for one month.")).toBe(0);
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

  it("compares no figure of a noun one sentence counts in part and whole", () => {
    const conflict = (a: string, b: string) => conflictingFigures(findQuantities(a), findQuantities(b)).length;
    expect(conflict("Half of the 26 boats were seized.", "13 boats were seized.")).toBe(0);
    expect(conflict("Two of the 26 boats sank.", "The port lost 26 boats.")).toBe(0);
    expect(conflict("The release of the 26 boats was delayed.", "The release of 13 boats was delayed.")).toBe(1);
  });

  it("reads a decimal as every value that rounds to it, so fewer places is no conflict", () => {
    const conflict = (a: string, b: string) => conflictingFigures(findQuantities(a), findQuantities(b)).length;
    expect(conflict("The gauge fell 0.206 points.", "The gauge fell 0.21 points.")).toBe(0);
    expect(conflict("The gauge fell 0.206 points.", "The gauge fell about 0.2 points.")).toBe(0);
    expect(conflict("Officials counted 2.46 million ballots.", "Officials counted 2.5 million ballots.")).toBe(0);
    expect(conflict("Officials counted 2.5 million ballots.", "Officials counted 2,460,000 ballots.")).toBe(0);
    // Different figures at the same precision still conflict, a value halfway belonging to the upper one.
    expect(conflict("The gauge fell 0.206 points.", "The gauge fell 0.22 points.")).toBe(1);
    expect(conflict("Officials counted 2.4 million ballots.", "Officials counted 2.5 million ballots.")).toBe(1);
    expect(conflict("Officials counted 2.46 million ballots.", "Officials counted 2.6 million ballots.")).toBe(1);
    // A whole number is read as written.
    expect(conflict("They sent 21 boats.", "They sent 20.6 boats.")).toBe(1);
    expect(one("Officials counted 2.5 million ballots.")).toMatchObject({ low: 2_450_000, rounded: 2_500_000 });
  });

  it("compares no percentages, however precisely written", () => {
    expect(findQuantities("Turnout was 20.6% and about 21 percent of voters agreed.")).toEqual([]);
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
