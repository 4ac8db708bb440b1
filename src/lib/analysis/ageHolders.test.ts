import { describe, expect, it } from "vitest";
import { ageHolder } from "./ageHolders.ts";
import { capitalisedNames } from "./speakers.ts";

const holder = (text: string, age: string) => ageHolder(text, age, capitalisedNames);

describe("ageHolder", () => {
  it.each([
    // The age set off after the name, or written before it as a modifier: "the 54-year-old" is them.
    ["Ana Ruiz, 54, grew up in the valley.", "54", "Ana Ruiz"],
    ["Ana Ruiz (54) grew up in the valley.", "54", "Ana Ruiz"],
    ["The mine is run by 54-year-old engineer Ana Ruiz.", "54", "Ana Ruiz"],
    ["The mine is run by 54 year-old Ana Ruiz. The 54-year-old said little.", "54", "Ana Ruiz"],
    // Someone else of another age changes nothing.
    ["Ana Ruiz, 54, and Marco Vale, 61, run the mine.", "54", "Ana Ruiz"],
  ])("%s → the %s-year-old is %s", (text, age, expected) => {
    expect(holder(text, age)).toBe(expected);
  });

  it.each([
    // Two people of that age, someone unnamed of that age, no one of that age.
    ["Ana Ruiz, 54, and Marco Vale, 54, run the mine.", "54"],
    ["Ana Ruiz, 54, runs the mine. A 54-year-old man was arrested nearby.", "54"],
    ["Ana Ruiz, 54, runs the mine.", "45"],
    ["The victim, a 54-year-old, was taken to hospital.", "54"],
  ])("%s → the %s-year-old is nobody sure", (text, age) => {
    expect(holder(text, age)).toBeUndefined();
  });
});
