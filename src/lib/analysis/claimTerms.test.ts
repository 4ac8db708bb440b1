import { describe, expect, it } from "vitest";
import { capitalisedWords, claimTerms, lemmasOf, nameTerms } from "./claimTerms.ts";

describe("claimTerms", () => {
  it("compares inflected forms and newswire synonyms as one term", () => {
    const a = "Mexico transferred 26 prisoners to the United States.";
    const b = "Authorities shipped 26 detainees wanted in the United States.";
    const ta = claimTerms(a, lemmasOf(a));
    const tb = claimTerms(b, lemmasOf(b));
    expect([...ta].filter((t) => tb.has(t))).toEqual(expect.arrayContaining(["#26", "prison", "send", "united"]));
  });

  it("drops function words and reporting verbs, keeps numbers", () => {
    const text = "He said that 10,000 troops were there.";
    expect([...claimTerms(text, lemmasOf(text))].sort()).toEqual(["#10000", "troop"]);
  });
});

describe("nameTerms", () => {
  it("reads a sentence's first word as a name only when the article capitalises it elsewhere", () => {
    const first = "President Claudia Sheinbaum spoke about the bridge.";
    const other = "The visit of President Claudia Sheinbaum was short.";
    const capitalised = capitalisedWords([first, other]);
    expect([...nameTerms(first, new Map(), capitalised)].sort()).toEqual(["claudi", "presid", "sheinb"]);
    const plain = "Bridges were closed for repairs in Monterrey.";
    expect([...nameTerms(plain, new Map(), capitalisedWords([plain]))]).toEqual(["monter"]);
  });
});
