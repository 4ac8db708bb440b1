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

describe("anonymousSource: a person described by a capitalised noun, not named", () => {
  it("reads a lawmaker by the seat's initials, a party member after a modifier, and a demonym as unnamed", () => {
    expect(anonymousSource("said an MP who asked not to be named.")?.text).toBe("an MP");
    expect(anonymousSource("said a Conservative MP who represents a northern seat")?.text).toBe("a Conservative MP");
    expect(anonymousSource("said a veteran Tory.")?.text).toBe("a veteran Tory");
    expect(anonymousSource("said a Cumbrian who had come to watch")?.text).toBe("a Cumbrian");
    expect(anonymousSource("a New Yorker said")?.text).toBe("a New Yorker");
    expect(anonymousSource("one Texan told reporters")?.text).toBe("one Texan");
  });
  it("leaves brands, names, a noun going on, and a relative's object to other rules", () => {
    expect(anonymousSource("she got into an Uber, she said")).toBeUndefined();
    expect(anonymousSource("an Italian restaurant owner said")?.text).not.toBe("an Italian");
    expect(anonymousSource("a Texan rancher said")?.text).toBe("a Texan rancher");
    expect(anonymousSource("Texan Ana Ruiz said")).toBeUndefined();
    expect(anonymousSource("a man who met Tory said")?.text).toBe("a man");
  });
});

describe("anonymousSource: a definite description with three words before its noun (S6)", () => {
  it("reads the whole phrase when no word before the noun is a preposition or a conjunction", () => {
    expect(anonymousSource("The senior law enforcement official said agents were examining the devices.")?.text).toBe(
      "The senior law enforcement official",
    );
  });

  it("does not reach over a preposition to a noun of another phrase", () => {
    expect(anonymousSource("The share of young people in the state fell.")).toBe(undefined);
  });
});
