import { describe, expect, it } from "vitest";
import { buildEntityMatcher, findMentions } from "#lib/analysis/entities.ts";
import { findQuotes } from "#lib/analysis/quotes.ts";
import { loadRegister } from "#lib/analysis/test-support/corpus.ts";
import { anonymousSources } from "./attribution.ts";
import { articleSentences } from "./sentences.ts";

const matcher = buildEntityMatcher(loadRegister());
const WORDS = "Budgets are tight, and teams are choosing between one tool and another this year.";

function speakersOf(text: string) {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("an unnamed person's noun phrase read alone, as a tag's subject", () => {
  it("ends at the end of the text", () => {
    expect(anonymousSources("one survey respondent").map((s) => s.text)).toEqual(["one survey respondent"]);
    expect(anonymousSources("a reader")).toHaveLength(1);
  });

  it("still goes on into the next word inside a text", () => {
    expect(anonymousSources("a reader board")).toEqual([]);
  });

  it("makes the quotation the unnamed person's, before or after it", () => {
    expect(speakersOf(`“${WORDS}” one survey respondent said.`)).toEqual([[WORDS, "one survey respondent"]]);
    expect(speakersOf(`Another respondent stressed the cost: “${WORDS}”`)).toEqual([[WORDS, "Another respondent"]]);
  });
});
