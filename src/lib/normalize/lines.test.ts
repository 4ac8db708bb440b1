import { describe, expect, it } from "vitest";
import { wordCount } from "./lines.ts";

/** The count `wordCount` stands in for: tokens of the trimmed text split on `\s`. */
const bySplit = (text: string) => {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
};

describe("wordCount", () => {
  it("counts as trim and split on \\s do, for every UTF-16 code unit between words and around them", () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [`a${c}b`, `${c}a${c}${c}b${c}`, c, `${c}${c}`])
        if (wordCount(text) !== bySplit(text)) throw new Error(`U+${code.toString(16)} in ${JSON.stringify(text)}`);
    }
  });

  it("counts words in prose, and none in an absent or blank text", () => {
    for (const text of ["", "   ", "one", " Two  words ", "Tab\tand\nline\r\nbreaks", "no\u00a0break\u3000space"])
      expect(wordCount(text)).toBe(bySplit(text));
    expect(wordCount("By Jane Doe and John Roe, Reuters")).toBe(7);
    expect(wordCount(undefined)).toBe(0);
    expect(wordCount(null)).toBe(0);
  });
});
