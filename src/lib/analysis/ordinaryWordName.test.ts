import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { ordinaryWordAlone } from "./ordinaryWordName.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const none = {
  byLast: new Map<string, Set<string>>(),
  byFirst: new Map<string, Set<string>>(),
  persons: new Set<string>(),
};

function speakersOf(...paragraphs: string[]) {
  const blocks = articleSentences(paragraphs.join("\n\n"));
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("ordinaryWordAlone", () => {
  it("takes a common word capitalised by its place for no name", () => {
    expect(ordinaryWordAlone(none, "Like")).toBe(true);
    expect(ordinaryWordAlone(none, "Years")).toBe(true);
  });

  it("keeps surnames, full names and a word the article writes in a fuller name", () => {
    expect(ordinaryWordAlone(none, "Okafor")).toBe(false);
    expect(ordinaryWordAlone(none, "Tessa Young")).toBe(false);
    expect(ordinaryWordAlone({ ...none, byLast: new Map([["Young", new Set(["Tessa Young"])]]) }, "Young")).toBe(false);
    // A one-word name the article's words show to be a person's (a nickname after a speech verb).
    expect(ordinaryWordAlone({ ...none, persons: new Set(["Hope"]) }, "Hope")).toBe(false);
  });
});

describe("a common word is never a speaker", () => {
  it("is not a sentence's capitalised first word", () => {
    expect(speakersOf("He is not like other makers. Like calling Okafor, “just some random tinkerer”.")).toEqual([]);
  });
});
