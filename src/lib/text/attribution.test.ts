import { describe, expect, it } from "vitest";
import { anonymousSource } from "./attribution.ts";

describe("anonymousSource", () => {
  it("finds a description of an unnamed source with what it speaks for", () => {
    expect(anonymousSource("The move, a senior official at the U.S. Embassy said, was final.")?.text).toBe(
      "a senior official at the U.S. Embassy",
    );
  });

  it("does not take a name ending in a source noun for a description", () => {
    expect(
      anonymousSource("These deals don't just pop up, he said according to a transcript reviewed by Business Insider."),
    ).toBe(undefined);
    expect(anonymousSource("A report seen by Business Insider, a former official said, was leaked.")?.text).toBe(
      "a former official",
    );
  });
});

describe("anonymousSource: an unnamed chief of a firm", () => {
  it.each([
    ["They care about health, as one neo-bank CEO told me.", "one neo-bank CEO"],
    ["A senior executive said the deal was off.", "A senior executive"],
    ["Two CEOs said prices would rise.", "Two CEOs"],
  ])("finds the indefinite one in %s", (sentence, source) => {
    expect(anonymousSource(sentence)?.text).toBe(source);
  });

  it.each([
    ["The CEO said the deal was off."],
    ["Its chief executive said the deal was off."],
    ["His CEO Club said the deal was off."],
  ])("finds no unnamed source in %s, a chief the text may name", (sentence) => {
    expect(anonymousSource(sentence)).toBeUndefined();
  });
});

describe("anonymousSource: a noun after a preposition is another noun's object", () => {
  it.each([
    ["An email to employees said the company would cooperate."],
    ["A letter from residents said the road was unsafe."],
    ["A report by analysts said the shares were cheap."],
  ])("finds no unnamed source in %s", (sentence) => {
    expect(anonymousSource(sentence)).toBeUndefined();
  });

  it.each([
    ["One of the officials said the talks had stalled.", "One of the officials"],
    ["A senior official said the talks had stalled.", "A senior official"],
    ["An employee at the plant said it was unsafe.", "An employee"],
  ])("still finds the source in %s", (sentence, source) => {
    expect(anonymousSource(sentence)?.text).toBe(source);
  });
});

describe("anonymousSource: a party's member described, not named", () => {
  it("reads a member by state or wing as an unnamed source", () => {
    expect(anonymousSource("said an Arizona Republican.")?.text).toBe("an Arizona Republican");
    expect(anonymousSource("One New Mexico Democrat said")?.text).toBe("One New Mexico Democrat");
    expect(anonymousSource("a Tory, who asked not to be named")?.text).toBe("a Tory");
    expect(anonymousSource("Said one Texas Republican:")?.text).toBe("one Texas Republican");
  });
  it("leaves a member whose name follows, and a member's trade, to other rules", () => {
    expect(anonymousSource("a Democrat Ana Ruiz said")).toBeUndefined();
    expect(anonymousSource("the Republican Party said")).toBeUndefined();
    expect(anonymousSource("Republican Phil Bryant said")).toBeUndefined();
    expect(anonymousSource("a Republican strategist said")?.text).toBe("a Republican strategist");
  });
});

describe("anonymousSource: what a source speaks for, at a sentence's end", () => {
  it("leaves the sentence's full stop out, and an abbreviation's in", () => {
    expect(anonymousSource("according to a Democratic strategist in El Paso.")?.text).toBe(
      "a Democratic strategist in El Paso",
    );
    expect(anonymousSource("said an official at the U.S.")?.text).toBe("an official at the U.S.");
  });
});
