import { describe, expect, it } from "vitest";
import { isAttributiveYear } from "./attributiveYear.ts";

/** Whether `year` in `sentence` names a thing, with the sentence's other dates at `others`. */
const attributive = (sentence: string, year: string, others: readonly string[]) => {
  const start = sentence.lastIndexOf(year);
  const dates = others.map((words) => {
    const at = sentence.indexOf(words);
    return { start: at, end: at + words.length };
  });
  return isAttributiveYear(sentence, { start, end: start + year.length }, dates);
};

describe("isAttributiveYear", () => {
  it("reads a year that modifies a noun, in a sentence that opens on its time, as the thing's", () => {
    expect(attributive("Last year, a small troupe staged the 1998 cult musical.", "1998", ["Last year"])).toBe(true);
    expect(attributive("In 2012, the band reissued its 1979 debut album.", "1979", ["2012"])).toBe(true);
    expect(attributive("But on Monday, the club sold Smith’s 1986 jersey.", "1986", ["on Monday"])).toBe(true);
    expect(
      attributive("Given the losses in states where she won three years ago, the 2024 road looks steep.", "2024", [
        "three years ago",
      ]),
    ).toBe(true);
  });

  it("keeps a year with no opening time, one after a preposition and one that ends its phrase", () => {
    expect(attributive("The band reissued its 1979 debut album.", "1979", [])).toBe(false);
    expect(attributive("The band reissued its 1979 debut album last year.", "1979", ["last year"])).toBe(false);
    expect(attributive("Last year, the band recalled what it did in 1979 in Paris.", "1979", ["Last year"])).toBe(
      false,
    );
    expect(attributive("Last year, the band toured as it had in 1979.", "1979", ["Last year"])).toBe(false);
    expect(attributive("She won three years ago, and the 2024 road looks steep.", "2024", ["three years ago"])).toBe(
      false,
    );
  });

  it("asks for the sentence's dates only when the year's own shape fits, and reads them as given", () => {
    const sentence = "Last year, a small troupe staged the 1998 cult musical.";
    const dates = [{ start: 0, end: "Last year".length }];
    let asked = 0;
    const lazily = () => {
      asked += 1;
      return dates;
    };
    const at = (year: string) => ({ start: sentence.indexOf(year), end: sentence.indexOf(year) + year.length });
    expect(isAttributiveYear(sentence, at("1998"), lazily)).toBe(true);
    expect(asked).toBe(1);
    // "Last year" is no four-digit year; "musical" has no determiner before it.
    expect(isAttributiveYear(sentence, at("Last year"), lazily)).toBe(false);
    expect(isAttributiveYear(sentence, at("musical"), lazily)).toBe(false);
    expect(asked).toBe(1);
  });
});
