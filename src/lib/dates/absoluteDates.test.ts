import { describe, expect, it } from "vitest";
import { findEventDates } from "./absoluteDates.ts";

const read = (sentence: string) => findEventDates(sentence).map((d) => [d.date.label, d.date.iso, d.date.precision]);

describe("findEventDates and the year a target or a state is reached by", () => {
  it("takes the year after 'by' where it ends its phrase", () => {
    for (const [sentence, year] of [
      ["Analysts expect the number to grow to as many as 80 by 2022.", "2022"],
      ["By 2030, emissions must fall by half.", "2030"],
      ["States where cannabis had been legalized by 2016—Colorado and Oregon—were studied.", "2016"],
      ["The plant is to close by 2025 under the plan.", "2025"],
    ])
      expect(read(sentence ?? ""), sentence).toEqual([[year, year, "year"]]);
  });

  it("leaves a count after 'by': a margin, a change, a noun's number", () => {
    for (const sentence of [
      "The team won by 2000 votes.",
      "Sales rose by 2019 units.",
      "Output grew by 2010, officials said.",
      "The plan, approved by 2019 voters, failed.",
    ])
      expect(read(sentence), sentence).toEqual([]);
  });
});

describe("findEventDates and a month joined to a dated one", () => {
  it("gives the month before the year the dated month's year", () => {
    expect(read("Prices fell from March to May 2019.")).toEqual([
      ["March", "2019-03", "month"],
      ["May 2019", "2019-05", "month"],
    ]);
    expect(read("Talks ran between October and December 2018.")).toEqual([
      ["October", "2018-10", "month"],
      ["December 2018", "2018-12", "month"],
    ]);
    expect(read("Sales fell in March and April 2020.")).toEqual([
      ["March", "2020-03", "month"],
      ["April 2020", "2020-04", "month"],
    ]);
  });

  it("opens a span across New Year in the year before, and fixes no year for 'and' out of order", () => {
    expect(read("The strike lasted from November to February 2019.")).toEqual([
      ["November", "2018-11", "month"],
      ["February 2019", "2019-02", "month"],
    ]);
    expect(read("He visited in May and March 2018.")).toEqual([["March 2018", "2018-03", "month"]]);
    expect(read("He visited in May, and in March 2018 he left.")).toEqual([["March 2018", "2018-03", "month"]]);
  });
});
