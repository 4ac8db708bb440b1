import { describe, expect, it } from "vitest";
import { adjectiveBeforeNoun } from "./adjectiveBeforeNoun.ts";

const at = (text: string, name: string) =>
  adjectiveBeforeNoun(text, { start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe("adjectiveBeforeNoun", () => {
  it("is a nationality's, a region's or a party's adjective before a common noun", () => {
    expect(at("said Ola Berg, an analyst at Danish investment company Farrow Bank.", "Danish")).toBe(true);
    expect(at("It marks a turn, said veteran Democratic strategist Jo Hale.", "Democratic")).toBe(true);
    expect(at("Marlow Research senior North American economist Ana Vey said so.", "North American")).toBe(true);
    expect(at("The Swedish bank lost money.", "Swedish")).toBe(true);
  });

  it("is not a firm named like an adjective, a word before a verb, or a party's name", () => {
    expect(at("Quimtronic shares fell on Monday.", "Quimtronic")).toBe(false);
    expect(at("The Celtic manager was sacked.", "Celtic")).toBe(false);
    expect(at("The Democratic party chose a leader.", "Democratic")).toBe(false);
    expect(at("Danish officials said the ship sank.", "Danish")).toBe(true);
    expect(at("Reporters from Danish said nothing.", "Danish")).toBe(false);
    expect(at("He met Farrow Bank staff.", "Farrow Bank")).toBe(false);
  });
});
