import { describe, expect, it } from "vitest";
import { findRelativeDates } from "#lib/content/relativeDates.ts";

/** Each relative date of the sentence as [words, ISO], published 2025-05-06 (a Tuesday). */
const resolve = (sentence: string) => findRelativeDates(sentence, "2025-05-06").map((d) => [d.label, d.iso]);

describe("looksAheadAt, through findRelativeDates", () => {
  it("dates the saying, not the future it reports, when the date stands before the reporting verb", () => {
    expect(resolve("In March, Mexico said it will deploy 10,000 troops.")).toEqual([["In March", "2025-03"]]);
    expect(resolve("On Monday, Sheinbaum said she will travel to Washington.")).toEqual([["On Monday", "2025-05-05"]]);
  });

  it("dates a verb in the past right before the date in the past, whatever the sentence foresees", () => {
    expect(resolve("The law, approved in March, will take effect in July.")).toEqual([
      ["in March", "2025-03"],
      ["in July", "2025-07"],
    ]);
  });

  it("reads a reported future ('would') before the date as ahead, but not a narrative 'would' after it", () => {
    expect(resolve("The officials said the first joint report would be published in June.")).toEqual([
      ["in June", "2025-06"],
    ]);
    // Neither a told past nor a stated future: the month stays unresolved rather than the next June.
    expect(resolve("In June, police would find the bodies of the missing students.")).toEqual([]);
  });

  it("keeps a schedule's past participle looking ahead", () => {
    expect(resolve("The hearing was adjourned until July.")).toEqual([["until July", "2025-07"]]);
  });
});
