import { describe, expect, it } from "vitest";
import { usedAsVerb } from "./verbedName.ts";

const at = (text: string, name: string) => usedAsVerb(text, text.indexOf(name), text.indexOf(name) + name.length);

describe("usedAsVerb", () => {
  it("is a firm's one-word name after a modal or a governed 'to', before its object", () => {
    expect(at("She said she needed to Quorble the words before the meeting.", "Quorble")).toBe(true);
    expect(at("At night she would Quorble the lyrics of the anthem.", "Quorble")).toBe(true);
    expect(at("You can Quorble it in seconds.", "Quorble")).toBe(true);
  });

  it("is not a firm after 'to' alone, nor one that is a verb's subject or has no object after it", () => {
    expect(at("He moved to Quorble the following year.", "Quorble")).toBe(false);
    expect(at("They sold the unit to Quorble the same day.", "Quorble")).toBe(false);
    expect(at("Quorble would buy the unit.", "Quorble")).toBe(false);
    expect(at("Analysts said they wanted to see Quorble the winner.", "Quorble")).toBe(false);
    expect(at("She wanted to join Quorble Labs the next year.", "Quorble Labs")).toBe(false);
  });
});
