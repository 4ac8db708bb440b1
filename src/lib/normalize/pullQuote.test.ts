/** Pull quotes: a line of the article set again in large type goes; a paragraph that adds anything, or reports who said it, stays. */
import { describe, expect, it } from "vitest";
import { pullQuoteIndexes } from "./pullQuote.ts";

const ORIGINAL =
  "“I totally agree with my wife. That’s one solution,” Ames says with a laugh. At home, he adds, she turns the heat up again.";

describe("pullQuoteIndexes", () => {
  it("finds a line whose sentences a longer quoted paragraph holds, its short credit aside", () => {
    expect(pullQuoteIndexes([ORIGINAL, "I totally agree with my wife. That’s one solution."])).toEqual(new Set([1]));
    const split =
      "“What I always found was you have to suggest something to him,” said the associate. “You’re not going to tell him to do it one way or another. He will try to show you it can work.”";
    const pull =
      "What I always found was you have to suggest something to him. You’re not going to tell him to do it one way or another. A close associate";
    expect(pullQuoteIndexes([split, "The council met on Monday.", pull])).toEqual(new Set([2]));
  });

  it("leaves a paragraph that says more, one that reports who said it, a short line and an unquoted original", () => {
    expect(
      pullQuoteIndexes([ORIGINAL, "I totally agree with my wife. That’s one solution, but the bill is too high."]),
    ).toEqual(new Set());
    expect(pullQuoteIndexes([ORIGINAL, "I totally agree with my wife, Ames said of the heating at home."])).toEqual(
      new Set(),
    );
    expect(pullQuoteIndexes([ORIGINAL, "That’s one solution."])).toEqual(new Set());
    const unquoted = "The council met on Monday and voted to close the harbour road for the summer months.";
    expect(pullQuoteIndexes([`${unquoted} Work starts in June.`, unquoted])).toEqual(new Set());
  });
});
