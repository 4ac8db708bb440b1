import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

function speakersOf(text: string): [string, string][] {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.text, q.speaker.name]);
}

describe("a name inside what someone reports is no speaker", () => {
  it("gives words that run on in a reported clause to its reporter, not a passive's agent", () => {
    const words = "because he has a grudge against me.";
    expect(speakersOf(`Ann Cole said that the raids were ordered by Ivo Brandt “${words}”`)).toEqual([
      [words, "Ann Cole"],
    ]);
    expect(
      speakersOf(
        `In a recording obtained by the paper, Ann Cole can be heard saying that the raids were ordered by Ivo Brandt “${words}”`,
      ),
    ).toEqual([[words, "Ann Cole"]]);
  });
});

describe("a body's name before a title and a person's name", () => {
  it("gives the words to the person, not the body", () => {
    const words = "a return to the old ways.";
    expect(speakersOf(`Dock Workers Union President Ana Ruiz warned against “${words}”`)).toEqual([
      [words, "Ana Ruiz"],
    ]);
    expect(
      speakersOf(
        `Ruritanian Federation of Harbour Employees President J. Tom Reyes Sr., who also represents port staff, warned against “${words}”`,
      ),
    ).toEqual([[words, "J. Tom Reyes Sr."]]);
  });
});

describe("a pronoun agrees with its person", () => {
  it("gives “she” to no one whose given name is a man's", () => {
    const text = [
      "Donald Reyes won the election in November.",
      "Lena Ortiz spoke at the rally.",
      "Without naming Donald Reyes, the senator tore into the developer.",
      "“They look up at you to see whether it hurts,” she said.",
    ].join("\n\n");
    expect(speakersOf(text).map(([, name]) => name)).not.toContain("Donald Reyes");
  });

  it("passes over a man's possessive before “she” to the woman named before", () => {
    const text = [
      "Donald Reyes won the election in November.",
      "Janet Holloway spoke to reporters on Wednesday.",
      "Though Donald Reyes’s inauguration is a month away, she said “some of the members” had shifted their views.",
    ].join("\n\n");
    expect(speakersOf(text)).toEqual([["some of the members", "Janet Holloway"]]);
  });
});
