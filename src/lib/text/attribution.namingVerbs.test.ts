import { describe, expect, it } from "vitest";
import { buildEntityMatcher, findMentions } from "#lib/analysis/entities.ts";
import { findQuotes } from "#lib/analysis/quotes.ts";
import { loadRegister } from "#lib/analysis/test-support/corpus.ts";
import { articleSentences } from "./sentences.ts";

const matcher = buildEntityMatcher(loadRegister());

function speakersOf(text: string) {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("'identified “…” as': the words named are the subject's, as after 'described'", () => {
  it("gives a short quotation to a named or an unnamed subject", () => {
    expect(speakersOf("Ana Ruiz identified “late trains and crowded platforms” as the worst of it.")).toEqual([
      ["late trains and crowded platforms", "Ana Ruiz"],
    ]);
    expect(
      speakersOf("One poll respondent identified “late trains and crowded platforms” as the worst of it."),
    ).toEqual([["late trains and crowded platforms", "One poll respondent"]]);
  });
});
