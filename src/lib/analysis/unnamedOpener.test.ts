import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";
import { unnamedOpener } from "./unnamedOpener.ts";

const matcher = buildEntityMatcher(loadRegister());
const WORDS = "Budgets are tight, and teams are choosing between one tool and another this year.";

function speakersOf(text: string) {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("unnamedOpener", () => {
  it("reads the unnamed person opening a sentence a colon ends", () => {
    expect(unnamedOpener("One poll respondent summed this up as follows:")).toBe("One poll respondent");
    expect(unnamedOpener("A nurse put it plainly:")).toBe("A nurse");
  });

  it("reads nothing without the colon, with a second clause, or with a name first", () => {
    expect(unnamedOpener("One poll respondent summed this up.")).toBeUndefined();
    expect(unnamedOpener("A man walked in and the room went quiet:")).toBeUndefined();
    expect(unnamedOpener("Ana Ruiz summed it up:")).toBeUndefined();
  });
});

describe("a quotation after such a sentence", () => {
  it("is the unnamed person's", () => {
    expect(speakersOf(`One poll respondent summed this up as follows: “${WORDS}”`)).toEqual([
      [WORDS, "One poll respondent"],
    ]);
  });

  it("is no one's when the sentence names someone else", () => {
    expect(speakersOf(`A nurse at the clinic quoted Ana Ruiz: “${WORDS}”`)).toEqual([[WORDS, "unattributed"]]);
  });
});
