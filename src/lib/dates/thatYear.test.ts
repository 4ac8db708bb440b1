import { describe, expect, it } from "vitest";
import { thatYear } from "./thatYear.ts";

describe("thatYear", () => {
  it("reads 'later that year' in any tense, and 'that year' in a sentence told in the past", () => {
    expect(thatYear("Later that year, the firm moves to Austin.")).toEqual({ label: "Later that year" });
    expect(thatYear("A reporter surveying them that year described them as relics.")).toEqual({
      label: "that year",
    });
    expect(thatYear("In the fall of that year, Orla Penhale had written several articles.")).toEqual({
      label: "that year",
    });
  });
  it("reads the month a sentence names of that year", () => {
    expect(thatYear("In October of that year, the network hired a law firm.")).toEqual({
      label: "October of that year",
      month: 10,
    });
    expect(thatYear("By March that year, the mill had closed.")).toBeUndefined();
  });
  it("reads no year from a span, a horizon, a thing of that year, a state or the present", () => {
    expect(thatYear("Since that year, nothing has changed.")).toBeUndefined();
    expect(thatYear("The law stays in force until that year.")).toBeUndefined();
    expect(thatYear("That year's budget was cut.")).toBeUndefined();
    expect(thatYear("That year was a turning point for the town.")).toBeUndefined();
    expect(thatYear("That year stands out in the town's memory.")).toBeUndefined();
  });
});
