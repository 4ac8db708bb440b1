import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const WORDS = "People ask me when I will write a memoir. I believe I already did.";

function speakersOf(text: string) {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("a description that ends on a name is the whole subject", () => {
  it("is the speaker, not a name of the scene set before it (a work's title)", () => {
    expect(
      speakersOf(
        `In the preface to her collection Keeping Going: Forty Years of Reviews, the writer Mara Lindqvist wrote, “${WORDS}”`,
      ),
    ).toEqual([[WORDS, "Mara Lindqvist"]]);
  });

  it("leaves an appositive after a name to that name", () => {
    expect(speakersOf(`Tom Vale, the lawyer for the family, said: “${WORDS}”`)).toEqual([[WORDS, "Tom Vale"]]);
    expect(
      speakersOf(`Capt. Tom Vale, a spokesperson for Harbour Watch, the coastal patrol, said: “${WORDS}”`),
    ).toEqual([[WORDS, "Tom Vale"]]);
  });
});
