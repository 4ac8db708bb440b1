import { describe, expect, it } from "vitest";
import { isCountedFromOtherTime, isFramedInOtherYear } from "./nested.ts";

/** The inner words' verdict, with `outer` (its words and ISO) as the earlier date of the sentence. */
const nested = (
  sentence: string,
  inner: string,
  precision: "day" | "month" | "year",
  outer: [string, string],
  published = "2019-11-18",
) => {
  const start = sentence.indexOf(inner);
  const at = sentence.indexOf(outer[0]);
  if (start < 0 || at < 0) throw new Error("words not in the sentence");
  return isCountedFromOtherTime(
    sentence,
    { start, precision },
    [{ start: at, end: at + outer[0].length, iso: outer[1] }],
    published,
  );
};

describe("isCountedFromOtherTime", () => {
  it.each([
    [
      "A year ago, NASA announced that it would land cargo next year.",
      "next year",
      "year",
      ["A year ago", "2018"],
      true,
    ],
    ["In 2018, the company said it would open a plant next year.", "next year", "year", ["2018", "2018"], true],
    [
      "In March 2017 he told reporters that the wall was built last month.",
      "last month",
      "month",
      ["March 2017", "2017-03"],
      true,
    ],
    // Said this month: the saying and the publication count the same next month.
    [
      "Earlier this month, officials said that the vote would come next month.",
      "next month",
      "month",
      ["Earlier this month", "2019-11"],
      false,
    ],
    // Said this year: a month is not fixed by a year, but a year is.
    ["In 2019, officials said that the vote would come next year.", "next year", "year", ["2019", "2019"], false],
    // No reported clause between the dates.
    ["A year ago the plant closed, and next year it reopens.", "next year", "year", ["A year ago", "2018"], false],
    // The other date comes after: it cannot be when the words were said.
    ["Officials said last week that the plant had closed in 2017.", "last week", "month", ["2017", "2017"], false],
  ] as const)("%s → %s counted from the other time: %s", (sentence, inner, precision, outer, expected) => {
    expect(nested(sentence, inner, precision, [...outer], "2019-11-18")).toBe(expected);
  });
});

describe("isCountedFromOtherTime and a day named without its year", () => {
  const inner = (sentence: string, words: string, outer: [string, string], published: string) => {
    const start = sentence.indexOf(words);
    const at = sentence.indexOf(outer[0]);
    return isCountedFromOtherTime(
      sentence,
      { start, precision: "day", yearInferred: true },
      [{ start: at, end: at + outer[0].length, iso: outer[1] }],
      published,
    );
  };

  it("compares only the year: a day named counts nothing else from the outer time", () => {
    const s = "On Dec. 22, the paper reported that the planes spotted on Dec. 13 were on a drill.";
    expect(inner(s, "on Dec. 13", ["On Dec. 22", "2016-12-22"], "2016-12-13")).toBe(false);
    const other = "In 2018 she said that the plant would close on June 3 for repairs.";
    expect(inner(other, "on June 3", ["2018", "2018"], "2019-11-18")).toBe(true);
  });
});

describe("isFramedInOtherYear", () => {
  const framed = (sentence: string, inner: string, iso: string, outer: [string, string]) => {
    const start = sentence.indexOf(inner);
    const at = sentence.indexOf(outer[0]);
    return isFramedInOtherYear(sentence, { start, iso }, [{ start: at, end: at + outer[0].length, iso: outer[1] }]);
  };
  it("sets a day counted from publication in the year the sentence opens on", () => {
    expect(framed("In 1998, the plant closed on Friday.", "on Friday", "2025-05-02", ["1998", "1998"])).toBe(true);
    expect(
      framed("Back in March 2019, officials met on Tuesday.", "on Tuesday", "2025-05-06", ["March 2019", "2019-03"]),
    ).toBe(true);
  });
  it("lets a year told later in the sentence, or the publication's own year, frame nothing", () => {
    expect(
      framed("The company, founded in 1998, said on Friday that it would close.", "on Friday", "2025-05-02", [
        "1998",
        "1998",
      ]),
    ).toBe(false);
    expect(framed("In 2025, the plant closed on Friday.", "on Friday", "2025-05-02", ["2025", "2025"])).toBe(false);
  });
  it("sets the day in the year a reported clause or a clause after a semicolon opens on", () => {
    expect(
      framed("He recalled that in May 2009, days before the vote, aides met on Sunday.", "on Sunday", "2025-05-04", [
        "May 2009",
        "2009-05",
      ]),
    ).toBe(true);
    expect(framed("It was calm; in 2011 the mill shut on Friday.", "on Friday", "2025-05-02", ["2011", "2011"])).toBe(
      true,
    );
    // a year inside the clause, not opening it, frames nothing
    expect(
      framed("She said that the firm, founded in 2009, closed on Friday.", "on Friday", "2025-05-02", ["2009", "2009"]),
    ).toBe(false);
  });
});
