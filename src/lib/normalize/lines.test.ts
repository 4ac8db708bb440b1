import { describe, expect, it } from "vitest";
import { cleanText, wordCount } from "./lines.ts";

/** The count `wordCount` stands in for: tokens of the trimmed text split on `\s`. */
const bySplit = (text: string) => {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
};

/** Han, kana and their full-width punctuation: counted by the rule for unspaced scripts. */
const unspaced = (code: number) =>
  (code >= 0x3001 && code <= 0x30ff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xff01 && code <= 0xff65 && !/[\p{L}\p{N}]/u.test(String.fromCharCode(code)));

describe("wordCount", () => {
  it("counts as trim and split on \\s do, for every other UTF-16 code unit between words and around them", () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      if (unspaced(code)) continue;
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

  it("counts a run of Chinese or Japanese characters as one word per two, and their punctuation as none", () => {
    // A menu label, a headline and a sentence of prose: as many words as their translations, about.
    expect(wordCount("时政")).toBe(1);
    expect(wordCount("宇航员在太空中喝酒")).toBe(5);
    expect(wordCount("我们今天去公园散步，天气很好。")).toBe(7);
    expect(wordCount("「東京」の天気")).toBe(3);
    expect(wordCount("新闻 iPhone 发布会")).toBe(4);
    expect(wordCount("NASA发言人表示")).toBe(4);
    expect(wordCount("人々の暮らし")).toBe(3);
  });
});

describe("cleanText", () => {
  it("removes invisible fillers and soft hyphens, which split a word without showing", () => {
    expect(cleanText("Vladi\u00ADmir  Petrov met \u200Bthe\u00AD mayor ")).toBe("Vladimir Petrov met the mayor");
  });
});
