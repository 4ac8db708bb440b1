import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { groupBeforeColon } from "./groupColon.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const WORDS = "The ferry timetable will change in spring, and nobody has told the islands why.";

function speakersOf(text: string) {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("groupBeforeColon", () => {
  it("reads a group that is the whole subject of a verb of speech or of 'put it' before the colon", () => {
    expect(groupBeforeColon("Harbour pilots put it bluntly:")).toBe("Harbour pilots");
    expect(groupBeforeColon("Officials in the ferry office said:")).toBe("Officials in the ferry office");
    expect(groupBeforeColon("But experts put it more simply:")).toBe("experts");
  });

  it("reads nothing for a pronoun, another verb, a second clause or subject, or words after the verb", () => {
    expect(groupBeforeColon("They said:")).toBeUndefined();
    expect(groupBeforeColon("Harbour pilots were angry:")).toBeUndefined();
    expect(groupBeforeColon("Harbour pilots told the inquiry:")).toBeUndefined();
    expect(groupBeforeColon("Officials said Tomas Berg told them:")).toBeUndefined();
    expect(groupBeforeColon("Officials and the harbour master said:")).toBeUndefined();
    expect(groupBeforeColon("Officials who met the captain said:")).toBeUndefined();
    expect(groupBeforeColon("Asked about the timetable, officials said:")).toBeUndefined();
  });
});

describe("a quotation after such a sentence", () => {
  it("is the group's, as written", () => {
    expect(speakersOf(`Harbour pilots put it bluntly: “${WORDS}”`)).toEqual([[WORDS, "Harbour pilots"]]);
    expect(speakersOf(`Officials in the ferry office said:\n\n“${WORDS}”`)).toEqual([
      [WORDS, "Officials in the ferry office"],
    ]);
  });

  it("is no one's when the clause names a person", () => {
    expect(speakersOf(`Officials in Tomas Berg's office said: “${WORDS}”`)).toEqual([[WORDS, "unattributed"]]);
  });
});
