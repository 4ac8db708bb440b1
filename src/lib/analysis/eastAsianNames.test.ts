import { describe, expect, it } from "vitest";
import { hyphenedGivenName, pinyinName, writtenSurnameFirst } from "./eastAsianNames.ts";

describe("pinyinName", () => {
  it.each([
    ["Xi", "Jinping"],
    ["Li", "Keqiang"],
    ["He", "Jianxiong"],
    ["Deng", "Xiaoping"],
    ["Jiang", "Zemin"],
  ])("reads %s %s as a Chinese name", (surname, given) => {
    expect(pinyinName(surname, given)).toBe(true);
  });

  it.each([
    ["Sun", "Valley"], // no two pinyin syllables
    ["Long", "Island"],
    ["Smith", "Jinping"], // no Chinese surname
    ["Wang", "Yi"], // one syllable: too short to tell from an English word
    ["Ma", "Bingo"], // "go" is no pinyin syllable
    ["XI", "JINPING"], // shouted: no name's shape
  ])("does not read %s %s as one", (surname, given) => {
    expect(pinyinName(surname, given)).toBe(false);
  });
});

describe("hyphenedGivenName", () => {
  it.each([
    ["Moon", "Jae", "in"],
    ["Cheuk", "Hau", "yip"],
    ["Tsai", "Ing", "wen"],
    ["Kim", "Jong", "un"],
  ])("reads %s %s-%s as a name", (surname, first, second) => {
    expect(hyphenedGivenName(surname, first, second)).toBe(true);
  });

  it.each([
    ["Big", "Co", "op"], // an English prefix
    ["His", "Ex", "wife"],
    ["Great", "Self", "made"], // surname too long, prefix
    ["Kim", "Jong", "UN"], // the second part is in lower case
    ["Kim", "Jonathan", "un"], // a first part longer than a syllable or two
  ])("does not read %s %s-%s as one", (surname, first, second) => {
    expect(hyphenedGivenName(surname, first, second)).toBe(false);
  });
});

describe("writtenSurnameFirst", () => {
  it("reads a Chinese or Korean full name written surname first", () => {
    expect(writtenSurnameFirst("Kim Tae-sok")).toBe(true);
    expect(writtenSurnameFirst("Lee Jae-myung")).toBe(true);
    expect(writtenSurnameFirst("Li Keqiang")).toBe(true);
  });

  it("reads nothing into other names", () => {
    expect(writtenSurnameFirst("Sarah Kim")).toBe(false);
    expect(writtenSurnameFirst("Jean-Pierre Dupont")).toBe(false);
    expect(writtenSurnameFirst("Pyo Dae Sung")).toBe(false);
    expect(writtenSurnameFirst("Ana Co-op")).toBe(false);
  });
});
