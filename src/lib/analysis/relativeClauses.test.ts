import { describe, expect, it } from "vitest";
import { splitRelatives } from "./relativeClauses.ts";

describe("splitRelatives", () => {
  it("sets apart each clause the commas mark off, after the words it is about", () => {
    expect(
      splitRelatives(
        "Bradley, who answered lawmakers' questions during closed-door briefings on Thursday, knew that the initial missile strike, which killed nine people, left two survivors.",
      ),
    ).toEqual({
      main: "Bradley knew that the initial missile strike left two survivors.",
      relatives: [
        "Bradley who answered lawmakers' questions during closed-door briefings on Thursday",
        "initial missile strike which killed nine people",
      ],
    });
  });

  it("reads a clause to the sentence's end, its antecedent back to a function word", () => {
    expect(
      splitRelatives("The move comes amid pressure from the Trump administration, which has urged stronger action."),
    ).toEqual({
      main: "The move comes amid pressure from the Trump administration.",
      relatives: ["Trump administration which has urged stronger action"],
    });
  });

  it("leaves a restrictive clause, and a clause `stands` refuses, in the sentence", () => {
    const restrictive = "The strike that killed nine people left two survivors.";
    expect(splitRelatives(restrictive)).toEqual({ main: restrictive, relatives: [] });
    const thin = "Bradley briefed the committees, which have opened an inquiry into the strike, on Thursday.";
    expect(splitRelatives(thin, (clause) => !clause.includes("inquiry"))).toEqual({ main: thin, relatives: [] });
  });
});
