/**
 * The scorer on synthetic cases of our own, one folder per case in ./fixtures: `gold.yaml`,
 * `raw.txt` (the text reference is built from it) and `output.json` (what ingest gave) must
 * score exactly `expected.json`. Plus hand-counted shingle figures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectFixtureFile } from "#lib/testFixtures.ts";
import { bodyContains, chromeLeft, chromePlace, compareField, sameByline, sameOutlet } from "./compare.ts";
import { parseGold } from "./gold.ts";
import { htmlReference, textReference } from "./reference.ts";
import { scoreCase, summarize, type CaseOutput } from "./score.ts";
import { scoreBody, shingleTokens, shingles } from "./shingles.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");

describe("scorer fixtures", () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, () => {
      const dir = join(FIXTURES, name);
      const goldFile = join(dir, "gold.yaml");
      const gold = parseGold(readFileSync(goldFile, "utf8"), goldFile);
      const reference = textReference(readFileSync(join(dir, "raw.txt"), "utf8"), gold);
      const output = JSON.parse(readFileSync(join(dir, "output.json"), "utf8")) as CaseOutput;
      const score = scoreCase({ id: name, gold, output, precisionReference: reference, recallReference: reference });
      const summary = summarize([score]);
      expectFixtureFile(join(dir, "expected.json"), `${JSON.stringify({ reference, score, summary }, null, 2)}\n`);
    });
  }
});

describe("shingles", () => {
  it("counts lower-cased 4-word shingles as a multiset", () => {
    expect([...shingles("The cat sat on the mat. THE CAT")]).toEqual([
      ["the cat sat on", 1],
      ["cat sat on the", 1],
      ["sat on the mat", 1],
      ["on the mat the", 1],
      ["the mat the cat", 1],
    ]);
  });

  it("reads a word with a soft hyphen in it as one word", () => {
    expect([...shingles("the mayor Vladi\u00ADmir Ortega")]).toEqual([...shingles("the mayor Vladimir Ortega")]);
  });

  it("reads a text written without spaces character by character, words in other scripts whole", () => {
    expect(shingleTokens("新能源汽车 Tesla 2017年发布")).toEqual([
      "新",
      "能",
      "源",
      "汽",
      "车",
      "tesla",
      "2017",
      "年",
      "发",
      "布",
    ]);
    expect(shingleTokens("かな漢字")).toEqual(["か", "な", "漢", "字"]);
    expect(shingleTokens("The cat, sat")).toEqual(["the", "cat", "sat"]);
  });

  it("scores an unspaced text that differs in one character by the shingles the change touches", () => {
    // 13 characters give 10 shingles; changing the last one spoils only the last shingle.
    const score = scoreBody("我们今天讨论新能源汽车发展", "我们今天讨论新能源汽车发达");
    expect(score.precision).toBeCloseTo(9 / 10);
    expect(score.recall).toBeCloseTo(9 / 10);
  });

  it("scores precision and recall by shared shingles", () => {
    // Output has 3 shingles, reference 5, and they share 2.
    const score = scoreBody("a b c d e f", "x a b c d e y z");
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 5);
  });

  it("never lets a shingle span two reference items", () => {
    expect(
      scoreBody("one two three four five six seven eight", ["one two three four", "five six seven eight"]).recall,
    ).toBe(1);
  });

  it("scores an empty output as a miss", () => {
    expect(scoreBody("", "some words of the article")).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("field comparison", () => {
  it("is exact after whitespace and quote normalization", () => {
    expect(compareField("Sheinbaum’s “plan”", ' Sheinbaum\'s  "plan" ')).toBe("right");
    expect(compareField("Plan", "plan")).toBe("wrong");
    expect(compareField(null, undefined)).toBe("right");
    expect(compareField(null, "A dek")).toBe("extra");
    expect(compareField("2025-02-19", undefined)).toBe("missing");
  });

  it("takes an outlet spelled another way for the same one, and no other name", () => {
    expect(compareField("The Harbor-Ledger", "Harbor Ledger", sameOutlet)).toBe("right");
    expect(compareField("QuayNews.com", "QUAYNEWS", sameOutlet)).toBe("right");
    expect(compareField("Quay News", "Quay", sameOutlet)).toBe("wrong");
    expect(compareField("Quay News", "Harbor Ledger", sameOutlet)).toBe("wrong");
    expect(compareField(null, "Quay News", sameOutlet)).toBe("extra");
  });

  it("takes a byline in capitals or with its outlet's credit for the same one", () => {
    const same = sameByline("Quay News");
    expect(compareField("Mira Castell and Olu Baines", "MIRA CASTELL and OLU BAINES", same)).toBe("right");
    expect(compareField("Mira Castell, Quay News", "Mira Castell", same)).toBe("right");
    expect(compareField("Mira Castell", "Mira Castell, QuayNews.com", same)).toBe("right");
    expect(compareField("Mira Castell, Harbor Ledger", "Mira Castell", same)).toBe("wrong");
    expect(compareField("Mira Castell and Olu Baines", "Mira Castell", same)).toBe("wrong");
    expect(compareField("Mira Castell, Quay News", "Mira Castell", sameByline(null))).toBe("wrong");
  });

  it("finds an item in the body across line breaks", () => {
    expect(bodyContains("He said it was\n“over”.", 'it was "over"')).toBe(true);
    expect(bodyContains("He said", "")).toBe(false);
  });

  it("counts a one- or two-word chrome label as left only when it is a line of its own", () => {
    expect(chromeLeft("Africa\nThe poorest countries in Africa.", "Africa")).toBe(true);
    expect(chromeLeft("The poorest countries in Africa.", "Africa")).toBe(false);
    expect(chromeLeft("Read more about it here. Share this article", "Share this article")).toBe(true);
  });

  it("says where chrome left sits against the kept sentences, and nothing when it cannot", () => {
    const body = "Menu\nFirst kept line.\nPhoto: AP\nLast kept line.\nMore stories";
    const kept = ["First kept line.", "Last kept line.", "A line the body lost."];
    expect(["Menu", "Photo: AP", "More stories"].map((item) => chromePlace(body, item, kept))).toEqual([
      "before",
      "inside",
      "after",
    ]);
    expect(chromePlace(body, "Not here", kept)).toBeUndefined();
    expect(chromePlace(body, "Menu", ["A line the body lost."])).toBeUndefined();
  });

  it("adds keep items the shipped HTML expected text lacks, and removes drop items from it", () => {
    const gold = parseGold(
      'input: "html/x/source.html"\nsplit: dev\ntitle: T\nkeep: ["Last line."]\ndrop: ["Share"]\n',
      "g",
    );
    expect(htmlReference("Body text. Share", gold)).toBe("Body text. \n\nLast line.");
    expect(htmlReference(undefined, gold)).toBeUndefined();
  });
});
