import { describe, expect, it } from "vitest";
import { splitTrailingBy } from "./trailingBy.ts";
import type { RawUnit } from "./units.ts";

const unit = (text: string): RawUnit => ({
  lines: [{ n: 1, raw: text, text }],
  text,
  gapBefore: true,
  marker: undefined,
  furniture: undefined,
});
const texts = (lines: string[]): string[] => splitTrailingBy(lines.map(unit)).map((u) => u.text);

describe("splitTrailingBy", () => {
  it("reads a headline ending on 'by' over a name as the headline and its byline", () => {
    expect(texts(["Stocks Rise to Records, Bonds Gain by", "Jane Doe", "Stocks rose on Tuesday."])).toEqual([
      "Stocks Rise to Records, Bonds Gain",
      "By Jane Doe",
      "Stocks rose on Tuesday.",
    ]);
  });

  it("leaves a line ending on 'by' over anything but a name", () => {
    const lines = ["The council was joined by", "the mayor and two aides."];
    expect(texts(lines)).toEqual(lines);
  });

  it("leaves a name line under a line that does not end on 'by'", () => {
    const lines = ["Stocks Rise to Records", "Jane Doe"];
    expect(texts(lines)).toEqual(lines);
  });

  it("needs words before 'by': a lone 'Written by' is another shape", () => {
    const lines = ["Written by", "Jane Doe"];
    expect(texts(lines)).toEqual(lines);
  });
});
