import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { countedNoun } from "./countedName.ts";
import { buildEntityMatcher, findEntities, findMentions } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

/** The noun the first occurrence of `word` modifies after a count, if any. */
const nounAt = (text: string, word: string) => {
  const start = text.indexOf(word);
  return countedNoun(text, { start, end: start + word.length });
};

describe("countedNoun: a one-word name between a count and a noun", () => {
  it("reads the counted noun after digits and number words", () => {
    expect(nounAt("The box held 12 Harlow tiles and a spinner.", "Harlow")).toBe("tiles");
    expect(nounAt("She kept three Harlow tiles.", "Harlow")).toBe("tiles");
    expect(nounAt("There were 1,200 Harlow tiles in the set.", "Harlow")).toBe("tiles");
  });

  it("is no count where a year, a rank or no noun follows", () => {
    expect(nounAt("Many 2016 Harlow voters stayed home.", "Harlow")).toBeUndefined();
    expect(nounAt("The No. 2 Harlow official resigned.", "Harlow")).toBeUndefined();
    expect(nounAt("Of the 12, Harlow said two were lost.", "Harlow")).toBeUndefined();
    expect(nounAt("They counted 12 Harlow and Reed boxes.", "Harlow")).toBeUndefined();
    expect(nounAt("The team MQ-9 Harlow drones flew.", "Harlow")).toBeUndefined();
  });
});

const matcher = buildEntityMatcher(loadRegister());
const linked = (text: string) =>
  findMentions(articleSentences(text), matcher)
    .filter((m) => m.entityId === "donald-trump")
    .map((m) => m.text);
const entityLinks = (text: string) =>
  findEntities(articleSentences(text), matcher)
    .mentions.filter((m) => m.entityId === "donald-trump")
    .map((m) => m.text);

describe("a register person's one-word name as a counted noun's modifier", () => {
  const deck =
    "The old deck had four suits of 14 cards each, plus 22 Trump cards that outrank the rest. Players lead the Trump cards last.";

  it("is no mention of the person where the article never names them in full", () => {
    expect(linked(deck)).toEqual([]);
    expect(entityLinks(deck)).toEqual([]);
  });

  it("stays the person's where the article names them in full or with a title", () => {
    const aides = "President Trump met governors on Monday. The talks went well, two Trump aides said.";
    expect(linked(aides)).toEqual(["President Trump", "Trump"]);
    expect(linked("Donald Trump spoke first. Later, 3 Trump advisers briefed reporters.")).toEqual([
      "Donald Trump",
      "Trump",
    ]);
  });

  it("leaves the person's other shapes alone", () => {
    expect(linked("The Trump administration said Trump's order stands.")).toEqual(["Trump", "Trump"]);
  });
});
